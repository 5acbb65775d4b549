import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of one of the worked adapters in adapters/. */
export const workedAdapter = (name: string) => fileURLToPath(new URL(`../../adapters/${name}`, import.meta.url));

/** A copy of a worked adapter in a fresh temporary folder, with one of its files edited. */
export function editedAdapter(
  name: string,
  file: 'manifest.yaml' | 'mapping.yaml',
  edit: (text: string) => string,
): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'sg-adapter-')), name);
  cpSync(workedAdapter(name), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}
