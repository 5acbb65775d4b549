import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate, openStore } from '../../core/storage/open-store.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/** Creating a PGlite database costs seconds (initdb); each test file instead loads this migrated dump. */
export default async function setup(project: TestProject) {
  const store = await openStore({ dataDir: 'memory://' });
  await migrate(store);
  const dump = await store.pglite!.dumpDataDir('none');
  await store.close();
  const file = join(tmpdir(), `shenguan-pglite-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
}
