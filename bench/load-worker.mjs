// The load generator runs in a worker thread so it does not share the event loop of the server it
// measures (a real department system is another process). It posts the given bodies with
// `concurrency` requests in flight and reports the elapsed milliseconds. Plain JS: workers do not
// inherit the tsx loader.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { port, path, bodies, headers, keyPrefix, concurrency } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function post(i) {
  const body = bodies[i];
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': `${keyPrefix}-${i}`,
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode < 300 ? resolve() : reject(new Error(`request ${i} answered ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let next = 0;
const start = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < bodies.length; i = next++) await post(i);
  }),
);
parentPort.postMessage(performance.now() - start);
