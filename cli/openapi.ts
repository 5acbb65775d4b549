import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../core/http/app.ts';
import type { HubContext } from '../core/hub-context.ts';

export const OPENAPI_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi', 'openapi.json');

/** Routes only need the context when they handle requests; generating the document must not touch a store. */
const noContext = new Proxy({} as HubContext, {
  get(_t, prop) {
    throw new Error(`hub context (${String(prop)}) is not available while generating the OpenAPI document`);
  },
});

export async function renderOpenApi(): Promise<string> {
  const app = await buildApp(noContext);
  await app.ready();
  const doc = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  return doc;
}

/** Writes openapi/openapi.json (or with `check`, only compares); returns whether the file differed. */
export async function writeOpenApi(opts: { check: boolean }): Promise<boolean> {
  const doc = await renderOpenApi();
  const current = existsSync(OPENAPI_FILE) ? readFileSync(OPENAPI_FILE, 'utf8') : '';
  if (!opts.check && doc !== current) writeFileSync(OPENAPI_FILE, doc);
  return doc !== current;
}
