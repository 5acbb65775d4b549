/**
 * A typed client for the hub's API, generated from openapi/openapi.json: every path, parameter, body and
 * answer (errors included) is typed. Department systems written in TypeScript can copy this folder after
 * `npm run client` has written schema.ts into it.
 *
 *   const hub = createHubClient({ baseUrl: 'https://hub.example', apiKey: process.env.SHENGUAN_KEY });
 *   const { data, error } = await hub.GET('/api/v1/inbox', { params: { query: { state: 'pending' } } });
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.ts';

export type { components, operations, paths } from './schema.ts';

export interface HubClientOptions {
  baseUrl: string;
  /** A department's API key (sgk_…), sent as a bearer token. */
  apiKey?: string;
  /** Another fetch (tests pass one that calls the app in process). */
  fetch?: (request: Request) => Promise<Response>;
}

export type HubClient = Client<paths>;

export function createHubClient(opts: HubClientOptions): HubClient {
  return createClient<paths>({
    baseUrl: opts.baseUrl,
    headers: opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {},
    fetch: opts.fetch,
  });
}
