import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { contractValidator, specPathFor } from './contract-check.ts';

/** Helpers for tests that run the hub as a real process (`shenguan serve`) and break things around it. */
const BIN = fileURLToPath(new URL('../../bin/shenguan.mjs', import.meta.url));

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export { freePort } from './free-port.ts';

export interface HubProcess {
  child: ChildProcess;
  port: number;
  url: string;
  exited: Promise<number | null>;
  /**
   * `fetch(hub.url + path)`, with each answer checked against the hub's own OpenAPI document (as the in-process
   * test hub checks its app); what breaks it goes to the `contractViolations` given to `startHubProcess`.
   */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * Starts `shenguan serve` with the given environment and waits until /readyz answers 200. Answers that break the
 * OpenAPI document are pushed to `contractViolations`; a test passes the same list to each restart and fails the
 * file with `assertNoContractViolations` at the end.
 */
export async function startHubProcess(
  env: Record<string, string>,
  port: number,
  contractViolations: string[],
): Promise<HubProcess> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    // The hub's own reference cache as in production (the PGlite test project switches it off).
    env: {
      ...process.env,
      SHENGUAN_REFERENCE_CACHE_TTL_MS: '5000',
      // The fault tests are one client retrying hard on purpose; rate limits would answer 429 instead.
      SHENGUAN_RATE_LIMIT_PER_KEY: '0',
      SHENGUAN_RATE_LIMIT_PER_ADDRESS: '0',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      // test receivers listen on loopback; each hub its own data folder (receipt key, exchange folders)
      SHENGUAN_EGRESS_ALLOW: '127.0.0.1',
      SHENGUAN_DATA_DIR: mkdtempSync(join(tmpdir(), 'sg-hub-process-')),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`hub exited with ${child.exitCode} while starting: ${stderr}`);
    try {
      if ((await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })).ok) {
        const spec = (await (await fetch(`${url}/openapi.json`)).json()) as object;
        return { child, port, url, exited, fetch: checkedFetch(url, spec, contractViolations) };
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`hub did not become ready: ${stderr}`);
}

function checkedFetch(base: string, spec: object, violations: string[]): HubProcess['fetch'] {
  const check = contractValidator(spec);
  return async (path, init) => {
    const res = await fetch(`${base}${path}`, init);
    // read whole so it can be checked, then handed on as a fresh Response the test reads as usual
    const body = Buffer.from(await res.arrayBuffer());
    const method = init?.method ?? 'GET';
    const specPath = specPathFor(spec, new URL(path, base).pathname);
    if (specPath)
      violations.push(
        ...check({
          method,
          path: specPath,
          status: res.status,
          contentType: res.headers.get('content-type') ?? '',
          body,
        }),
      );
    const nullBody = res.status === 204 || res.status === 304;
    return new Response(nullBody ? null : body, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  };
}

/**
 * Pushes approval decision `decision` to a hub process until it is accepted and returns its id: while the hub is
 * down or restarting (no answer) or answers 503, it retries after `retryMs` with the same Idempotency-Key, as a
 * department's system would; `onUnavailable` sees each 503 (and may assert on it); any other answer throws.
 * `hub` is asked again on every attempt, so a test may replace the process meanwhile.
 */
export async function pushUntilAccepted(
  hub: () => HubProcess,
  push: { decision: object; bureauKey: string; idempotencyKey: string; timeoutMs: number; retryMs: number },
  onUnavailable: (res: Response, text: string) => void = () => {},
): Promise<string> {
  for (;;) {
    const answer = await Promise.resolve()
      .then(() =>
        hub().fetch('/api/v1/approvals', {
          method: 'POST',
          headers: {
            authorization: `Bearer ${push.bureauKey}`,
            'idempotency-key': push.idempotencyKey,
            'content-type': 'application/json',
          },
          body: JSON.stringify(push.decision),
          signal: AbortSignal.timeout(push.timeoutMs),
        }),
      )
      .then(async (res) => ({ res, text: await res.text() }))
      .catch(() => undefined); // no (whole) answer: the hub is down or restarting
    if (answer?.res.ok) return (JSON.parse(answer.text) as { id: string }).id;
    if (answer && answer.res.status !== 503)
      throw new Error(`push ${push.idempotencyKey} refused: ${answer.res.status} ${answer.text}`);
    if (answer) onUnavailable(answer.res, answer.text);
    await sleep(push.retryMs);
  }
}
