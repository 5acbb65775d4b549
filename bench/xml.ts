/**
 * XML benchmark (issues 5, 17): records per second through the scjg-xml adapter (hardened parse +
 * ExchangeMessage reading + mapping with canonical validation) against a raw fast-xml-parser parse of
 * the same bytes, interleaved in pairs (bench/pairs.ts). Also prints where the adapter's time goes
 * (parse alone, parse + reading, + mapping). Run: npm run bench:xml  (BENCH_PAIRS, BENCH_RECORDS)
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { openAdapter } from '../core/adapters/dry-run.ts';
import { exchangeMessageRecords, parseXml } from '../core/adapters/sources/xml-source.ts';
import { printPairs, runPairs, spread, formatSpread } from './pairs.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 5000);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 9);
const ROUNDS = 3;
const adapterDir = new URL('../adapters/scjg-xml', import.meta.url).pathname;
const fixture = readFileSync(`${adapterDir}/fixtures/exchange-message.xml`, 'utf8');
const record = /<Record>[\s\S]*?<\/Record>/.exec(fixture)![0];
const body = Array.from({ length: RECORDS }, (_, i) =>
  record.replace('高市监罚〔2026〕56号', `高市监罚〔2026〕X${i}号`),
).join('\n');
const xml = fixture.replace(/<Records>[\s\S]*<\/Records>/, `<Records>${body}</Records>`);
const { mapping } = openAdapter(adapterDir);

/** Records per second of `fn` over ROUNDS runs. */
function rate(fn: () => number): number {
  const start = performance.now();
  let n = 0;
  for (let i = 0; i < ROUNDS; i++) n += fn();
  return (n / (performance.now() - start)) * 1000;
}

const rawParse = () => {
  const doc = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false }).parse(xml) as {
    ExchangeMessage: { Body: { Records: { Record: unknown[] } } };
  };
  return doc.ExchangeMessage.Body.Records.Record.length;
};
const adapterRun = () => {
  let ok = 0;
  for (const r of exchangeMessageRecords(xml).records) if (mapping.map(r).ok) ok++;
  if (ok !== RECORDS) throw new Error(`only ${ok} of ${RECORDS} records mapped`);
  return ok;
};

console.log(
  `xml: ${RECORDS} records per message (${(Buffer.byteLength(xml) / 2 ** 20).toFixed(1)} MiB), ` +
    `${ROUNDS} parses per side per pair`,
);
const result = await runPairs(PAIRS, { baseline: () => rate(rawParse), hub: () => rate(adapterRun) });
printPairs('raw fast-xml-parser parse vs scjg-xml adapter (parse + read + map + validate)', result, {
  baseline: 'raw parse        ',
  hub: 'scjg-xml adapter ',
  unit: 'records/s',
});

// Where the adapter's time goes: each stage's rate, median of PAIRS runs.
const records = exchangeMessageRecords(xml).records;
const stages: [string, () => number][] = [
  [
    'hardened parse alone',
    () => {
      parseXml(xml);
      return RECORDS;
    },
  ],
  ['parse + ExchangeMessage reading', () => exchangeMessageRecords(xml).records.length],
  [
    'mapping + validation alone',
    () => {
      for (const r of records) mapping.map(r);
      return RECORDS;
    },
  ],
];
for (const [name, fn] of stages) {
  const rates = Array.from({ length: PAIRS }, () => rate(fn));
  console.log(`  ${name.padEnd(34)} ${formatSpread(spread(rates))} records/s`);
}
