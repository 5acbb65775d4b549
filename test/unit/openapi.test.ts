import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_FILE, renderOpenApi } from '../../cli/openapi.ts';

describe('openapi/openapi.json', () => {
  let rendered: string;
  beforeAll(async () => {
    rendered = await renderOpenApi();
  }, 60_000);

  it('is what the code generates (run `npm run openapi` after changing a route)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(rendered);
  });

  it('declares each canonical shape and each shared error answer once, by name', () => {
    const doc = JSON.parse(rendered);
    const paths = JSON.stringify(doc.paths);
    for (const name of ['ApprovalDecision', 'Counterpart', 'SupervisionRecord', 'Matter']) {
      expect(doc.components.schemas[name], name).toBeDefined();
      expect(paths).not.toContain(`"title":${JSON.stringify(doc.components.schemas[name].title)}`);
      expect(paths).toContain(`"$ref":"#/components/schemas/${name}"`);
    }
    expect(paths).toContain('"$ref":"#/components/responses/TooManyRequests"');
    expect(paths).not.toContain('RATE_LIMITED; wait Retry-After seconds');
  });
});
