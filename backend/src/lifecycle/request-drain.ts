import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/** How long no request may have come or gone before the remaining idle connections are closed. */
const QUIET_MS = 1000;
const POLL_MS = 50;

/**
 * Counts the requests an HTTP server is answering, so a shutdown can stop taking new ones and let
 * those in flight finish before the database pool and the queues are closed.
 */
export class RequestDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;
  private lastActivity = 0;

  constructor(private readonly server: Server) {
    server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
      this.inFlight.add(response);
      this.lastActivity = Date.now();
      // A request that still arrives on an open keep-alive connection is answered, and that
      // connection then closed, so the client opens its next one elsewhere.
      if (this.draining) response.setHeader('connection', 'close');
      response.once('close', () => {
        this.inFlight.delete(response);
        this.lastActivity = Date.now();
      });
    });
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /**
   * Stops accepting connections and waits until every request in flight has been answered and
   * the open keep-alive connections have been quiet for a moment (each answer sent meanwhile
   * closes its connection), or until `graceMs` has passed; then closes whatever connections are
   * left. Resolves to the number of requests cut off by the grace period (0 when all finished).
   */
  async drain(graceMs: number): Promise<number> {
    this.draining = true;
    this.lastActivity = Date.now();
    // net's close, not http's: http's also drops idle keep-alive connections at once, and a
    // client that has just sent its next request on one of them gets ECONNRESET.
    NetServer.prototype.close.call(this.server);
    for (const response of this.inFlight)
      if (!response.headersSent) response.setHeader('connection', 'close');
    const until = Date.now() + graceMs;
    while (Date.now() < until) {
      const quiet = this.inFlight.size === 0 && Date.now() - this.lastActivity >= QUIET_MS;
      if (quiet || (await this.connections()) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const cutOff = this.inFlight.size;
    this.server.closeAllConnections();
    return cutOff;
  }

  private connections(): Promise<number> {
    return new Promise((resolve) => this.server.getConnections((_error, count) => resolve(count ?? 0)));
  }
}
