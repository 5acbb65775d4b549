import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { XMLBuilder } from 'fast-xml-parser';
import { registerTransport, webhookTransport, type InboundStart } from '../delivery/transports.ts';
import type { Job } from '../scheduler/scheduler.ts';
import { decodeText } from '../files/decode-text.ts';
import { registerSourceFormat } from './formats.ts';
import type { LoadedAdapter } from './dry-run.ts';
import type { AdapterSettings } from './settings.ts';
import { readCsv } from './sources/csv-source.ts';
import { jsonRecords } from './sources/json-source.ts';
import { exchangeMessageRecords } from './sources/xml-source.ts';
import { shuanggongshiFormats } from '../shuanggongshi/sgs-format.ts';
import { FileDropInbox } from './transports/file-drop.ts';
import { frontDbTransport } from './transports/front-db.ts';
import { fileDropOutbound, xmlHttpTransport } from './transports/outbound.ts';
import { sftpTransport } from './transports/sftp.ts';

/** The exchange folder of a file-drop adapter: its `root` setting, else `<dataDir>/exchange/<department>`. */
function fileDropRoot(adapter: LoadedAdapter, settings: AdapterSettings, dataDir: string): string {
  return typeof settings.root === 'string'
    ? settings.root
    : join(dataDir, 'exchange', adapter.adapter.manifest.department);
}

/** One scheduled scan of the adapter's inbox; hubs sharing a database take turns per tick. */
function fileDropInbound({ ctx, adapter, settings, dataDir, log }: InboundStart): Job[] {
  const loaded = adapter as LoadedAdapter;
  const s = settings as AdapterSettings;
  const root = fileDropRoot(loaded, s, dataDir);
  const inbox = new FileDropInbox(ctx, loaded.adapter, loaded.mapping, {
    root,
    ...(typeof s.stableSeconds === 'number' ? { stableMs: s.stableSeconds * 1000 } : {}),
    historical: s.historical === true,
  });
  log(`adapter ${loaded.adapter.manifest.name}: drop files in ${inbox.dirs.inbox}, receipts in ${inbox.dirs.outbox}`);
  return [
    {
      name: `file-drop:${loaded.adapter.manifest.name}`,
      cron: '*/10 * * * * *',
      coordinated: true,
      run: () => inbox.scan(),
    },
  ];
}

let registered = false;

/**
 * The transports and formats the hub ships, registered in one place (an adapter package adds its
 * own with `registerTransport` / `registerSourceFormat`). Safe to call more than once.
 */
export function registerBuiltinTransports(): void {
  if (registered) return;
  registered = true;
  registerTransport(webhookTransport);
  registerTransport({ name: 'file-drop', send: fileDropOutbound.send, inbound: fileDropInbound });
  registerTransport(xmlHttpTransport);
  // REST/JSON: the department posts to the hub; what goes back out is its endpoint's webhook.
  registerTransport({ name: 'rest', http: true });
  // 前置库 and SFTP: each polls the department's side on a schedule and writes deliveries back to it.
  registerTransport(frontDbTransport);
  registerTransport(sftpTransport);
  registerSourceFormat({
    name: 'csv',
    readFile: (file, encoding) => readCsv(file, encoding()),
    render: (records, columns) => stringify([columns, ...records.map((r) => columns.map((c) => r[c] ?? ''))]),
  });
  registerSourceFormat({
    name: 'xml',
    readFile: async function* (file, encoding) {
      yield* exchangeMessageRecords(decodeText(readFileSync(file), encoding()).text).records;
    },
    readPayload: (text) => exchangeMessageRecords(text).records,
    render: (records) =>
      new XMLBuilder({ format: true, suppressEmptyNode: true }).build({
        ExchangeMessage: { Body: { Records: { Record: records } } },
      }) as string,
  });
  registerSourceFormat({
    name: 'json',
    readFile: async function* (file, encoding) {
      yield* jsonRecords(JSON.parse(decodeText(readFileSync(file), encoding()).text));
    },
    readPayload: (text) => jsonRecords(JSON.parse(text)),
    render: (records) => JSON.stringify({ records: records.map(unflatten) }, null, 2),
  });
  for (const f of shuanggongshiFormats) registerSourceFormat(f);
}

/** `unit.name` → `{ unit: { name } }`: the inverse of how JSON sources name nested fields. */
function unflatten(record: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    const keys = k.split('.');
    let o = out;
    for (const key of keys.slice(0, -1)) o = (o[key] ??= {}) as Record<string, unknown>;
    o[keys.at(-1)!] = v;
  }
  return out;
}
