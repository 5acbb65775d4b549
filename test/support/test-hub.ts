import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { ManualClock } from '../../core/clock.ts';
import { hubOnStore, type Hub } from '../../core/hub.ts';
import { loadProfile } from '../../core/policy/load-profile.ts';
import type { PolicyProfile } from '../../core/policy/profile-schema.ts';
import { openStore, type Store } from '../../core/storage/open-store.ts';
import { securitySettings, type SecuritySettings } from '../../core/security/settings.ts';
import { type AppOptions, buildApp } from '../../core/http/app.ts';
import type { FastifyInstance } from 'fastify';
import { assertNoContractViolations, checkResponsesAgainstSpec } from './contract-check.ts';

export const backend = (process.env.SHENGUAN_TEST_BACKEND ?? 'pglite') as 'pglite' | 'postgres';

export interface TestHub extends Hub {
  clock: ManualClock;
  /**
   * The hub's app; with options, a further app built with them (adapters, limits) — every app a test gets
   * here has its answers checked against the OpenAPI document, and is closed with the hub.
   */
  app(options?: Omit<AppOptions, 'instrument'>): Promise<FastifyInstance>;
  /** Answers that broke the OpenAPI document (undeclared status, body not matching); close() fails on any. */
  contractViolations: string[];
}

/**
 * A hub on a fresh, isolated store of the backend under test: PGlite from the migrated template,
 * or PostgreSQL in a schema of its own that is dropped afterwards.
 */
export async function createTestHub(
  opts: { profile?: string | PolicyProfile; now?: string; security?: Partial<SecuritySettings> } = {},
): Promise<TestHub> {
  const clock = new ManualClock(opts.now ?? '2026-03-02T09:00:00+08:00');
  const profile = typeof opts.profile === 'object' ? opts.profile : loadProfile(opts.profile ?? 'gaoqing');
  let store: Store;
  let dropSchema: (() => Promise<void>) | undefined;
  if (backend === 'postgres') {
    const url = process.env.SHENGUAN_TEST_PG_URL!;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = await openStore({ databaseUrl: url, poolSize: 1 });
    await sql.raw(`create schema ${schema}`).execute(admin.db);
    store = await openStore({ databaseUrl: url, schema, poolSize: 5 });
    dropSchema = async () => {
      await sql.raw(`drop schema ${schema} cascade`).execute(admin.db);
      await admin.close();
    };
  } else {
    store = await openStore({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
  }
  // Each hub its own data folder (exchange folders, receipt key); test servers listen on loopback, so it is allowed.
  const security = securitySettings(mkdtempSync(join(tmpdir(), 'sg-data-')), {}, opts.security);
  security.egressAllowList = opts.security?.egressAllowList ?? ['127.0.0.1'];
  const hub = await hubOnStore(store, profile, { clock, security });
  let app: FastifyInstance | undefined;
  const others: FastifyInstance[] = [];
  const contractViolations: string[] = [];
  // rate limits count real time, not the test clock; test/integration/rate-limit.test.ts covers them
  const build = (options: Omit<AppOptions, 'instrument'> = {}) =>
    buildApp(hub.ctx, {
      rateLimits: false,
      ...options,
      instrument: (a) => checkResponsesAgainstSpec(a, contractViolations),
    });
  return {
    ...hub,
    clock,
    contractViolations,
    async app(options) {
      if (!options) return (app ??= await build());
      const other = await build(options);
      others.push(other);
      return other;
    },
    async close() {
      await app?.close();
      for (const other of others) await other.close();
      await hub.close();
      await dropSchema?.();
      assertNoContractViolations(contractViolations);
    },
  };
}
