import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of the test's PostgreSQL that a spec controls, to make the database
 * unreachable (`cut`: every connection closed at once, as when it is stopped) or unresponsive
 * (`freeze`: connections open but nothing answers, as when it hangs) without touching the shared
 * server. It keeps its port throughout: a port given up could be taken by another process.
 */
export interface TcpProxy {
  /** The database URL with its host and port replaced by the proxy's. */
  url: string;
  cut: () => Promise<void>;
  freeze: () => void;
  restore: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startTcpProxy(databaseUrl: string): Promise<TcpProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let frozen = false;
  let cut = false;
  const held: Socket[] = [];

  const forward = (client: Socket) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  const onConnection = (client: Socket) => {
    if (cut) return client.destroy();
    if (!frozen) return forward(client);
    // A frozen server accepts the connection and then says nothing.
    sockets.add(client);
    client.on('error', () => client.destroy());
    held.push(client);
  };

  const server: Server = createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);

  const closeAll = () => {
    for (const socket of sockets) socket.destroy();
    for (const client of held.splice(0)) client.destroy();
  };

  return {
    url: url.toString(),
    cut: async () => {
      cut = true;
      closeAll();
    },
    freeze: () => {
      frozen = true;
      for (const socket of sockets) socket.pause();
    },
    restore: async () => {
      cut = false;
      if (!frozen) return;
      frozen = false;
      for (const socket of sockets) socket.resume();
      for (const client of held.splice(0)) forward(client);
    },
    close: () =>
      new Promise<void>((resolve) => {
        closeAll();
        server.close(() => resolve());
      }),
  };
}
