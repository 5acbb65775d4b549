/**
 * Fails on any line over 120 characters in the tracked source (`npm run lint` runs it). Biome's formatter wraps
 * code at 120 but leaves strings, template literals and comments as written; this holds those to the same width.
 * Characters are Unicode code points, so a line of Chinese counts one per character, not three per byte.
 *
 *   node --import tsx cli/check-line-length.ts [FILE...]
 *
 * Without arguments it checks every file `git ls-files` lists with a source extension, except test fixtures
 * (data kept as received). With arguments it checks just those files. Prints `file:line: N characters` for each
 * line over the limit and exits 1 when there is one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const SOURCE = /\.(ts|mjs|js|cjs|py|yaml|yml|jsonc)$/;
const FIXTURES = /^test\/fixtures\//;

function trackedSources(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return listed
    .split('\0')
    .filter((file) => SOURCE.test(file) && !FIXTURES.test(file))
    .sort();
}

const files = process.argv.length > 2 ? process.argv.slice(2) : trackedSources();
let over = 0;
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const length = [...line.replace(/\r$/, '')].length;
    if (length > MAX) {
      console.log(`${file}:${index + 1}: ${length} characters`);
      over++;
    }
  });
}
if (over > 0) {
  console.error(`${over} line${over === 1 ? '' : 's'} over ${MAX} characters`);
  process.exit(1);
}
