import { writeFileSync } from 'node:fs';
import { mapFile } from './core/adapters/dry-run.ts';
const [dir, input, out] = process.argv.slice(2);
const rows = [];
for await (const r of mapFile(dir!, input!))
  rows.push(r.ok ? { line: r.line, value: r.value } : { line: r.line, errors: r.errors.map((e) => ({ field: e.field, pointer: e.pointer })) });
writeFileSync(out!, `${JSON.stringify(rows, null, 2)}\n`);
