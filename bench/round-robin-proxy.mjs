// A small HTTP proxy for the two-instance benchmark: each request goes to the next upstream in
// turn (so one person's requests alternate between instances), with X-Forwarded-For set; a
// request whose upstream refuses the connection (stopped, restarting) goes to the next one, and
// one sent on a kept-alive connection the upstream had just closed is sent again.
import http from 'node:http';

export function startProxy(port, upstreams) {
  const served = upstreams.map(() => 0);
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => send(Buffer.concat(chunks), next++ % upstreams.length, upstreams.length));
    const send = (body, index, triesLeft) => {
      const target = new URL(upstreams[index]);
      const forwarded = request.headers['x-forwarded-for'];
      const outgoing = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          agent,
          headers: {
            ...request.headers,
            'x-forwarded-for': forwarded
              ? `${forwarded}, ${request.socket.remoteAddress}`
              : request.socket.remoteAddress,
          },
        },
        (answer) => {
          served[index]++;
          response.writeHead(answer.statusCode, answer.headers);
          answer.pipe(response);
        },
      );
      outgoing.on('error', (error) => {
        // A kept-alive connection the instance had just closed as idle: the request never
        // reached it, so it is sent again (Node's documented remedy for this race).
        if (error.code === 'ECONNRESET' && outgoing.reusedSocket) return send(body, index, triesLeft);
        if (error.code === 'ECONNREFUSED' && triesLeft > 1)
          return send(body, (index + 1) % upstreams.length, triesLeft - 1);
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(String(error));
      });
      outgoing.end(body);
    };
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${port}`,
        served,
        close: () => {
          agent.destroy();
          server.closeAllConnections();
          return new Promise((r) => server.close(r));
        },
      }),
    ),
  );
}
