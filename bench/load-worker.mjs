// The load generator runs in its own process (forked by bench/support.ts) so it shares neither the
// event loop nor the CPU accounting of the server it measures — a department system is another
// process too. For each job it posts the given bodies with `concurrency` requests in flight and
// answers with the elapsed milliseconds. Plain JS: it runs without the tsx loader.
import { Agent, request } from 'node:http';

function post(agent, job, i) {
  const body = job.bodies[i];
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: job.port,
        path: job.path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': `${job.keyPrefix}-${i}`,
          ...job.headers,
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

async function run(job) {
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      for (let i = next++; i < job.bodies.length; i = next++) await post(agent, job, i);
    }),
  );
  const ms = performance.now() - start;
  agent.destroy();
  return ms;
}

process.on('message', (job) => {
  run(job).then(
    (ms) => process.send({ id: job.id, ms }),
    (err) => process.send({ id: job.id, error: String(err?.stack ?? err) }),
  );
});
