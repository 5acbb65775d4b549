/**
 * XML benchmark (issue 5): records per second through the scjg-xml adapter's mapping (hardened
 * parse + ExchangeMessage reading + mapping + canonical validation) against a raw fast-xml-parser
 * parse of the same bytes, in the same run. Run: npm run bench:xml
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { openAdapter } from '../core/adapters/dry-run.ts';
import { exchangeMessageRecords } from '../core/adapters/sources/xml-source.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 5000);
const ROUNDS = 5;
const adapterDir = new URL('../adapters/scjg-xml', import.meta.url).pathname;
const fixture = readFileSync(`${adapterDir}/fixtures/exchange-message.xml`, 'utf8');
const record = /<Record>[\s\S]*?<\/Record>/.exec(fixture)![0];
const body = Array.from({ length: RECORDS }, (_, i) =>
  record.replace('高市监罚〔2026〕56号', `高市监罚〔2026〕X${i}号`),
).join('\n');
const xml = fixture.replace(/<Records>[\s\S]*<\/Records>/, `<Records>${body}</Records>`);
const { mapping } = openAdapter(adapterDir);

function time(fn: () => number): { perSecond: number; n: number } {
  fn(); // warm-up
  const start = performance.now();
  let n = 0;
  for (let i = 0; i < ROUNDS; i++) n += fn();
  return { perSecond: (n / (performance.now() - start)) * 1000, n };
}

const raw = time(() => {
  const doc = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false }).parse(xml) as {
    ExchangeMessage: { Body: { Records: { Record: unknown[] } } };
  };
  return doc.ExchangeMessage.Body.Records.Record.length;
});
const adapter = time(() => {
  let ok = 0;
  for (const r of exchangeMessageRecords(xml).records) if (mapping.map(r).ok) ok++;
  if (ok !== RECORDS) throw new Error(`only ${ok} of ${RECORDS} records mapped`);
  return ok;
});
console.log(
  `xml: ${RECORDS} records per message (${(Buffer.byteLength(xml) / 2 ** 20).toFixed(1)} MiB), ${ROUNDS} rounds`,
);
console.log(`  raw fast-xml-parser parse:          ${raw.perSecond.toFixed(0)} records/s`);
console.log(`  scjg-xml adapter (parse+map+check): ${adapter.perSecond.toFixed(0)} records/s`);
console.log(`  ratio: ${(adapter.perSecond / raw.perSecond).toFixed(2)}`);
