import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.ts';
import { JobBackoff } from '../../core/scheduler/scheduler.ts';
import { isDatabaseUnavailable } from '../../core/storage/database-errors.ts';

describe('jobs while the database is unavailable', () => {
  it('skip their ticks for 5 s, doubling to 5 minutes, and resume on the first success', () => {
    const clock = new ManualClock('2026-06-10T09:00:00+08:00');
    const backoff = new JobBackoff(clock);
    expect(backoff.waiting()).toBe(false);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(() => backoff.failed())).toEqual([5, 10, 20, 40, 80, 160, 300, 300, 300]);
    expect(backoff.waiting()).toBe(true);
    clock.advance(299_000);
    expect(backoff.waiting()).toBe(true);
    clock.advance(1_000);
    expect(backoff.waiting()).toBe(false);
    expect(backoff.succeeded()).toBe(true); // "resumed" is logged once
    expect(backoff.succeeded()).toBe(false);
    expect(backoff.failed()).toBe(5);
  });

  it('are told apart from failures of the job itself', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: { code: '08006' } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('render failed'))).toBe(false);
  });
});
