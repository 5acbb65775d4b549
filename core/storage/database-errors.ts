/**
 * Whether an error means "the database cannot be reached right now" (a restart, a dropped
 * connection, a full pool) rather than "this request is wrong". Such failures answer 503 with
 * Retry-After, and jobs back off until the database is back.
 */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[123]|53300|57014)/; // connection exception, shutdown, too many clients, timeout
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);
const UNAVAILABLE_MESSAGE = new RegExp(
  [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'not queryable',
    'Client was closed',
    'terminating connection',
  ].join('|'),
  'i',
);

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    if (code === 'STORE_BUSY' || code === 'DATABASE_UNAVAILABLE') return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  }
  return false;
}
