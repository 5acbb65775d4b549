import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HubContext } from '../hub-context.ts';
import type { Job } from '../scheduler/scheduler.ts';
import { openAdapter, type LoadedAdapter } from './dry-run.ts';
import { FileDropInbox } from './transports/file-drop.ts';
import './transports/outbound.ts';

const ADAPTERS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'adapters');

/** Loads (validates and compiles) each configured adapter once. */
export function loadAdapters(dirs: string[]): LoadedAdapter[] {
  return dirs.map((dir) => openAdapter(dir));
}

/** Adapter folders to run: those named in configuration, or with `all`, every folder under adapters/. */
export function adapterDirs(configured: string | undefined, all: boolean): string[] {
  if (configured)
    return configured
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean);
  if (!all) return [];
  return readdirSync(ADAPTERS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(ADAPTERS_DIR, e.name, 'manifest.yaml')))
    .map((e) => join(ADAPTERS_DIR, e.name));
}

/**
 * One scheduled scan per file-drop adapter. Its exchange folder is `<dataDir>/exchange/<department>`
 * unless the adapter's settings name another; hubs sharing a database take turns per tick.
 */
export function fileDropJobs(
  ctx: HubContext,
  adapters: LoadedAdapter[],
  dataDir: string,
  settings: Record<string, { root?: string }> = {},
): { jobs: Job[]; roots: Record<string, string> } {
  const jobs: Job[] = [];
  const roots: Record<string, string> = {};
  for (const { adapter, mapping } of adapters) {
    if (adapter.manifest.transport !== 'file-drop') continue;
    const root = settings[adapter.manifest.name]?.root ?? join(dataDir, 'exchange', adapter.manifest.department);
    const inbox = new FileDropInbox(ctx, adapter, mapping, { root });
    roots[adapter.manifest.name] = root;
    jobs.push({
      name: `file-drop:${adapter.manifest.name}`,
      cron: '*/10 * * * * *',
      coordinated: true,
      run: () => inbox.scan(),
    });
  }
  return { jobs, roots };
}
