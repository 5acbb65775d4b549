import { createServer } from 'node:net';

/** A port nobody listens on now: the kernel picks it (port 0), then it is released for the server under test. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}
