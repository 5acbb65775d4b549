/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries from
 * many deliveries spread out without any one waiting less than half its step.
 */
export function backoffMs(attempt: number, initialSeconds: number, maxSeconds: number, random = Math.random): number {
  const step = Math.min(maxSeconds, initialSeconds * 2 ** Math.max(0, attempt - 1)) * 1000;
  return Math.round(step / 2 + random() * (step / 2));
}
