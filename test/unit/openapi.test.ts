import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES_FILE, renderClientTypes } from '../../cli/generate-client.ts';
import { OPENAPI_FILE, renderOpenApi } from '../../cli/openapi.ts';

describe('openapi/openapi.json', () => {
  it('is what the code generates (run `npm run openapi` after changing a route)', async () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(await renderOpenApi());
  });

  it('client/schema.ts is generated from it (run `npm run client` after `npm run openapi`)', async () => {
    expect(readFileSync(CLIENT_TYPES_FILE, 'utf8')).toBe(await renderClientTypes());
  });
});
