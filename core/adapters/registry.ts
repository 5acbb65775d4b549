import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transportFor } from '../delivery/transports.ts';
import type { HubContext } from '../hub-context.ts';
import type { Job } from '../scheduler/scheduler.ts';
import { registerBuiltinTransports } from './builtins.ts';
import { openAdapter, type LoadedAdapter } from './dry-run.ts';

const ADAPTERS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'adapters');

/** Loads (validates, compiles, reads the settings of) each configured adapter once. */
export function loadAdapters(dirs: string[], env: NodeJS.ProcessEnv = process.env): LoadedAdapter[] {
  registerBuiltinTransports();
  return dirs.map((dir) => openAdapter(dir, env));
}

/**
 * Imports the extension packages an adapter deployment brings: `SHENGUAN_ADAPTER_PACKAGES`
 * (comma-separated package names or paths) and a `plugin.ts` / `plugin.js` in any adapter folder.
 * Each registers its transports and formats with one `registerTransport` / `registerSourceFormat`
 * call at import; core is not edited. Run before `loadAdapters`, which refuses unknown names.
 */
export async function loadAdapterPackages(dirs: string[], packages: string | undefined): Promise<string[]> {
  registerBuiltinTransports();
  const loaded: string[] = [];
  for (const spec of (packages ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const target = spec.startsWith('.') || spec.startsWith('/') ? pathToFileURL(resolve(spec)).href : spec;
    await import(target);
    loaded.push(spec);
  }
  for (const dir of dirs)
    for (const file of ['plugin.ts', 'plugin.js', 'plugin.mjs']) {
      const path = join(resolve(dir), file);
      if (!existsSync(path)) continue;
      await import(pathToFileURL(path).href);
      loaded.push(path);
      break;
    }
  return loaded;
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
 * The scheduled jobs of every adapter whose transport takes data in by itself (file drop, and
 * whatever an adapter package registers): each transport is started with the adapter and its
 * checked settings.
 */
export function inboundJobs(
  ctx: HubContext,
  adapters: LoadedAdapter[],
  dataDir: string,
  log: (line: string) => void = () => undefined,
): Job[] {
  return adapters.flatMap(
    (adapter) =>
      transportFor(adapter.adapter.manifest.transport)?.inbound?.({
        ctx,
        adapter,
        settings: adapter.settings,
        dataDir,
        log,
      }) ?? [],
  );
}
