import pg from 'pg';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Three projects: pure unit tests once, and every store-backed test on both backends — PGlite
 * always, PostgreSQL whenever it is reachable (and CI insists on it: `.ci/run` starts the server).
 */
const PG_URL = process.env.SHENGUAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export default defineConfig(async (): Promise<ViteUserConfig> => {
  const backends = ['pglite'];
  if (await postgresReachable()) backends.push('postgres');
  else if (process.env.CI)
    throw new Error(`PostgreSQL at ${PG_URL} is not reachable, and CI runs the suite on both backends`);
  else console.warn(`\n[shenguan] PostgreSQL at ${PG_URL} is not reachable: store tests run on PGlite only.\n`);
  return {
    test: {
      testTimeout: 30_000,
      hookTimeout: 60_000,
      projects: [
        {
          extends: true as const,
          test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'adapters/**/*.test.ts'] },
        },
        ...backends.map((backend) => ({
          extends: true as const,
          test: {
            name: backend,
            include: ['test/integration/**/*.test.ts', 'test/faults/**/*.test.ts'],
            globalSetup: backend === 'pglite' ? ['test/support/pglite-template.ts'] : [],
            env: {
              SHENGUAN_TEST_BACKEND: backend,
              SHENGUAN_TEST_PG_URL: PG_URL,
              // Cold reference caches on the embedded store: every read inside a transaction really
              // runs, so the driver's guard catches any use of the root handle there (see pglite-driver.ts).
              ...(backend === 'pglite' ? { SHENGUAN_REFERENCE_CACHE_TTL_MS: '0' } : {}),
              // Documents render in the test's own thread: starting render workers (tsx, fonts) in every
              // test file costs more than it saves; test/unit/render-pool.test.ts covers the pool.
              SHENGUAN_RENDER_WORKERS: '0',
            },
          },
        })),
      ],
    },
  };
});
