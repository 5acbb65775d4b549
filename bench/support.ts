import { fork } from 'node:child_process';
import { sql } from 'kysely';
import { openStore } from '../core/storage/open-store.ts';

export const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A throwaway database on the benchmark's PostgreSQL server, dropped by `drop()`. */
export async function scratchDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = await openStore({ databaseUrl: PG_URL, poolSize: 1 });
  const name = `${prefix}_${Date.now().toString(36)}`;
  await sql.raw(`create database ${name}`).execute(admin.db);
  return {
    url: PG_URL.replace(/\/[^/]*$/, `/${name}`),
    async drop() {
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.db);
      await admin.close();
    },
  };
}

export interface LoadJob {
  port: number;
  path: string;
  bodies: string[];
  headers: Record<string, string>;
  keyPrefix: string;
  concurrency: number;
}

/**
 * A load generator in a separate process (load-worker.mjs), kept for many runs: `run` posts the bodies
 * and resolves with the elapsed milliseconds; `close` ends the process.
 */
export function loadGenerator(): { run(job: LoadJob): Promise<number>; close(): void } {
  const child = fork(new URL('./load-worker.mjs', import.meta.url), { stdio: 'inherit', execArgv: [] });
  let seq = 0;
  const waiting = new Map<number, { resolve(ms: number): void; reject(err: Error): void }>();
  child.on('message', (m: { id: number; ms?: number; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) w?.reject(new Error(m.error));
    else w?.resolve(m.ms!);
  });
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`load generator exited with ${code}`));
  });
  return {
    run(job) {
      const id = seq++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ ...job, id });
      });
    },
    close() {
      child.kill();
    },
  };
}
