import { createHmac } from 'node:crypto';

/** Recorded with every draw so it can be re-run; a new algorithm gets a new name, old draws keep theirs. */
export const DRAW_ALGORITHM = 'hmac-sha256-fisher-yates/v1';

/**
 * A uniform integer in [0, bound) from HMAC-SHA256(seed, label:counter), taking the first 6 bytes
 * and rejecting values in the biased tail, so every outcome is equally likely.
 */
function uniform(seed: string, bound: number, label: string): number {
  const range = 2 ** 48;
  const limit = range - (range % bound);
  for (let counter = 0; ; counter++) {
    const v = createHmac('sha256', Buffer.from(seed, 'hex')).update(`${label}:${counter}`).digest().readUIntBE(0, 6);
    if (v < limit) return v % bound;
  }
}

/** Fisher–Yates driven by the seed: the same seed and list always give the same order. */
export function seededShuffle<T>(items: readonly T[], seed: string, label = 'shuffle'): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniform(seed, i + 1, `${label}:${i}`);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
