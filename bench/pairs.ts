/**
 * Interleaved A/B measurement for the benchmarks: a baseline and the hub run alternately (A B A B …),
 * so load from other processes on a shared machine hits both sides of a pair alike, and the figure
 * reported is the spread of the per-pair ratio rather than one run of each. Each side returns a rate
 * (higher is better: records/s, requests/s); the ratio is hub ÷ baseline.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type pg from 'pg';

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface PairsResult {
  baseline: Spread;
  hub: Spread;
  ratio: Spread;
  /** Every pair as measured, in order. */
  pairs: { baseline: number; hub: number; ratio: number }[];
}

export function spread(values: number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { min: s[0]!, median, max: s[s.length - 1]! };
}

/**
 * Runs `pairs` pairs, the baseline first in even pairs and the hub first in odd ones, so neither side
 * always gets the warmer (or the more loaded) slot. A warm-up of each side runs first and is not counted.
 */
export async function runPairs(
  pairs: number,
  sides: { baseline: () => Promise<number> | number; hub: () => Promise<number> | number },
  opts: { warmUp?: boolean; onPair?: (p: { baseline: number; hub: number; ratio: number }, i: number) => void } = {},
): Promise<PairsResult> {
  if (opts.warmUp ?? true) {
    await sides.baseline();
    await sides.hub();
  }
  const measured: PairsResult['pairs'] = [];
  for (let i = 0; i < pairs; i++) {
    let baseline: number;
    let hub: number;
    if (i % 2 === 0) {
      baseline = await sides.baseline();
      hub = await sides.hub();
    } else {
      hub = await sides.hub();
      baseline = await sides.baseline();
    }
    const p = { baseline, hub, ratio: hub / baseline };
    measured.push(p);
    opts.onPair?.(p, i);
  }
  return {
    baseline: spread(measured.map((p) => p.baseline)),
    hub: spread(measured.map((p) => p.hub)),
    ratio: spread(measured.map((p) => p.ratio)),
    pairs: measured,
  };
}

const fmt = (n: number, digits: number) => n.toFixed(digits);

/** `min / median / max` of a spread. */
export function formatSpread(s: Spread, digits = 0): string {
  return `${fmt(s.min, digits)} / ${fmt(s.median, digits)} / ${fmt(s.max, digits)}`;
}

/** Prints a pairs result: each side's rate and the ratio, as min / median / max. */
export function printPairs(
  title: string,
  r: PairsResult,
  names: { baseline: string; hub: string; unit: string },
): void {
  console.log(`${title} — ${r.pairs.length} interleaved pairs, min / median / max`);
  console.log(`  ${names.baseline}: ${formatSpread(r.baseline)} ${names.unit}`);
  console.log(`  ${names.hub}: ${formatSpread(r.hub)} ${names.unit}`);
  console.log(`  ratio hub ÷ baseline: ${formatSpread(r.ratio, 2)}`);
}

const CLK_TCK = 100; // Linux USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s

/**
 * CPU used by the PostgreSQL backends of one database (from a separate connection): call it before a
 * run and the function it returns after, for milliseconds of backend CPU. Backends that end meanwhile
 * take their time with them, so the pools measured keep their connections open.
 */
export async function postgresCpu(admin: pg.Pool, database: string): Promise<() => Promise<number>> {
  const before = await backendTicks(admin, database);
  return async () => {
    const after = await backendTicks(admin, database);
    let sum = 0;
    for (const [pid, t] of after) sum += t - (before.get(pid) ?? 0);
    return (sum * 1000) / CLK_TCK;
  };
}

async function backendTicks(admin: pg.Pool, database: string): Promise<Map<number, number>> {
  const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [
    database,
  ]);
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, Number(fields[11]) + Number(fields[12])); // utime, stime
    } catch {
      // the backend ended meanwhile
    }
  }
  return ticks;
}

/** Starts the V8 profiler in this process; the function returned stops it and writes the profile. */
export async function startProfile(): Promise<(file: string) => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async (file) => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}
