import type { Job } from '../../scheduler/scheduler.ts';
import type { LoadedAdapter } from '../dry-run.ts';
import type { AdapterManifest } from '../manifest.ts';

/** What to run at each poll, or the settings the exchange lacks (named for the operator). */
type PollOrMissing = (() => Promise<unknown>) | { missing: string };

/**
 * One scheduled poll every ten seconds per adapter of an exchange on the department's side (前置库, SFTP),
 * coordinated so that hubs sharing a database take turns. An adapter whose manifest lacks the transport's
 * section, or whose environment lacks what the section names, is listed in `missing` instead: the hub
 * starts, and says which exchange does not run.
 */
export function exchangePolls<K extends 'frontDb' | 'sftp'>(
  adapters: LoadedAdapter[],
  transport: 'front-db' | 'sftp',
  section: K,
  poll: (loaded: LoadedAdapter, layout: NonNullable<AdapterManifest[K]>) => PollOrMissing,
): { jobs: Job[]; missing: string[] } {
  const jobs: Job[] = [];
  const missing: string[] = [];
  for (const loaded of adapters) {
    const { manifest } = loaded.adapter;
    if (manifest.transport !== transport) continue;
    const layout = manifest[section];
    if (!layout) {
      missing.push(`${manifest.name}: ${section} (manifest.yaml)`);
      continue;
    }
    const run = poll(loaded, layout);
    if (typeof run === 'function')
      jobs.push({ name: `${transport}:${manifest.name}`, cron: '*/10 * * * * *', coordinated: true, run });
    else missing.push(`${manifest.name}: ${run.missing}`);
  }
  return { jobs, missing };
}
