/** Regenerates core/storage/tables.ts from the migrations (`npm run db:types`); a test fails when it is stale. */
import { writeFileSync } from 'node:fs';
import { migrate, openStore } from '../core/storage/open-store.ts';
import { generateTableTypes } from '../core/storage/table-types.ts';

const store = await openStore({ dataDir: 'memory://' });
try {
  await migrate(store);
  writeFileSync(new URL('../core/storage/tables.ts', import.meta.url), await generateTableTypes(store.db));
} finally {
  await store.close();
}
