/**
 * Writes client/schema.ts, the TypeScript types of openapi/openapi.json (`npm run client`). The file is derived,
 * not kept in git: `npm install` and `npm ci` write it (the `prepare` script), so the committed contract is the
 * one source and the client's types cannot drift from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPENAPI_FILE } from './openapi.ts';

export const CLIENT_TYPES_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'client', 'schema.ts');

const BANNER = `/**
 * Generated from openapi/openapi.json by openapi-typescript (\`npm run client\`). Do not edit by hand.
 */

`;

export async function renderClientTypes(): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')));
  return BANNER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    writeFileSync(CLIENT_TYPES_FILE, await renderClientTypes());
  } catch (err) {
    // An install without development dependencies (a production server) has no generator and needs no client.
    if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    console.warn('client/schema.ts not generated: openapi-typescript is a development dependency');
  }
}
