import { HubError } from '../../core/errors/hub-error.ts';

/** The HubError `fn` throws, for assertions on its code and fields; fails when it throws something else or nothing. */
export function thrownHubError(fn: () => unknown): HubError {
  try {
    fn();
  } catch (err) {
    if (err instanceof HubError) return err;
    throw err;
  }
  throw new Error('expected a HubError');
}
