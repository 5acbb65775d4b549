import { Worker } from 'node:worker_threads';
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

/** Runs the load in a worker thread (load-worker.mjs); resolves with the elapsed milliseconds. */
export function loadInWorker(opts: {
  port: number;
  path: string;
  bodies: string[];
  headers: Record<string, string>;
  keyPrefix: string;
  concurrency: number;
}): Promise<number> {
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: opts });
  return new Promise((resolve, reject) => {
    worker.once('message', (ms: number) => {
      void worker.terminate();
      resolve(ms);
    });
    worker.once('error', reject);
  });
}
