/** Writes client/schema.ts, the TypeScript types of openapi/openapi.json (`npm run client`); a test keeps it current. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { OPENAPI_FILE } from './openapi.ts';

export const CLIENT_TYPES_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'client', 'schema.ts');

const BANNER = `/**
 * Generated from openapi/openapi.json by openapi-typescript (\`npm run client\`). Do not edit by hand.
 */

`;

export async function renderClientTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')));
  return BANNER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(CLIENT_TYPES_FILE, await renderClientTypes());
}
