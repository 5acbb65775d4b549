import mysql from 'mysql2/promise';
import pg from 'pg';
import { recordAudit } from '../../audit/audit-log.ts';
import { formatShanghai } from '../../calendar/china-time.ts';
import type { LegacyShape, OutboundMessage } from '../../delivery/message.ts';
import { guardOf, type InboundStart, type Transport } from '../../delivery/transports.ts';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import type { Job } from '../../scheduler/scheduler.ts';
import { allowListed } from '../../security/egress.ts';
import type { LoadedAdapter } from '../dry-run.ts';
import { adapterActor, ingest, type IngestSummary, type RecordOutcome } from '../ingest.ts';
import type { AdapterFolder } from '../manifest.ts';
import type { CompiledMapping, SourceRecord } from '../mapping.ts';
import type { FrontDbLayout } from './exchange-layout.ts';
import { exchangePolls } from './exchange-polls.ts';

type Row = Record<string, unknown>;

/** The little the exchange needs of a database: statements with positional parameters, and transactions. */
interface TableClient {
  readonly kind: 'postgres' | 'mysql';
  query(text: string, params?: unknown[]): Promise<Row[]>;
  transaction(fn: (query: (text: string, params?: unknown[]) => Promise<unknown>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** Every value as the database's own text (dates as written, decimals exact), as a legacy file would carry it. */
const rawText: pg.CustomTypesConfig = { getTypeParser: () => (value: string) => value };

function postgresClient(url: string, password?: string): TableClient {
  const pool = new pg.Pool({
    connectionString: url,
    password,
    max: 2,
    types: rawText,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection dropped by the server must not bring the hub down; the next statement reconnects.
  pool.on('error', () => undefined);
  const numbered = (text: string) => {
    let i = 0;
    return text.replace(/\?/g, () => `$${++i}`);
  };
  return {
    kind: 'postgres',
    async query(text, params = []) {
      return (await pool.query(numbered(text), params)).rows as Row[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await fn((text, params = []) => client.query(numbered(text), params));
        await client.query('commit');
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function mysqlClient(url: string, password?: string): TableClient {
  const u = new URL(url);
  const pool = mysql.createPool({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: password ?? decodeURIComponent(u.password),
    database: u.pathname.slice(1) || undefined,
    socketPath: u.searchParams.get('socket') ?? undefined,
    connectionLimit: 2,
    charset: 'utf8mb4',
    // Values as text, as the department wrote them: no time-zone shift of dates, no rounding of decimals.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    connectTimeout: 10_000,
  });
  return {
    kind: 'mysql',
    async query(text, params = []) {
      const [rows] = await pool.query(text, params);
      return rows as Row[];
    },
    async transaction(fn) {
      const conn = await pool.getConnection();
      try {
        await conn.beginTransaction();
        await fn((text, params = []) => conn.query(text, params));
        await conn.commit();
      } catch (err) {
        await conn.rollback().catch(() => undefined);
        throw err;
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

function openClient(url: string, password?: string): TableClient {
  const scheme = url.slice(0, url.indexOf(':'));
  if (scheme === 'postgres' || scheme === 'postgresql') return postgresClient(url, password);
  if (scheme === 'mysql' || scheme === 'mariadb') return mysqlClient(url.replace(/^mariadb:/, 'mysql:'), password);
  throw new HubError('ENDPOINT_URL_REFUSED', {
    reason:
      '前置库地址须以 postgres:// 或 mysql:// 开头 / ' +
      `a front-end database URL starts with postgres:// or mysql:// (${scheme})`,
  });
}

function quote(kind: TableClient['kind'], name: string): string {
  const q = kind === 'mysql' ? '`' : '"';
  return name
    .split('.')
    .map((part) => q + part.replaceAll(q, q + q) + q)
    .join('.');
}

/** A connection failure, as the bilingual error of the boundary; the URL's password never appears in it. */
function unreachable(what: string, err: unknown): HubError {
  return new HubError('EXCHANGE_UNREACHABLE', { what, reason: (err as Error).message }, { cause: err });
}

function where(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
}

export interface FrontDbOptions {
  /** postgres://… or mysql://…; the password may be given apart (from a secret) rather than in the URL. */
  url: string;
  password?: string;
  /** Called between the stages of a batch; tests use it to stop a batch part-way, as a crash would. */
  onStage?: (stage: 'claimed' | 'ingested') => void | Promise<void>;
}

export interface FrontDbBatch {
  /** Rows taken in this poll (those a crash left half-taken included). */
  rows: number;
  /** Rows taken again: left marked taken by an interrupted batch. */
  retaken: number;
  summary: IngestSummary;
}

const STATUS = { new: 'new', taking: 'taking', accepted: 'accepted', duplicate: 'duplicate', rejected: 'rejected' };

function receiptText(o: RecordOutcome, retaken: boolean): string {
  if (o.status === 'accepted') return `已接收 / accepted: ${o.id}`;
  if (o.status === 'duplicate')
    return retaken
      ? `已登记 / already recorded: ${o.id}（重复，或中断后重取 / a duplicate, or this row taken again after an interruption）`
      : `重复 / duplicate: ${o.id}`;
  return (o.errors ?? []).map((e) => `${e.field ? `[${e.field}] ` : ''}${e.zh} / ${e.en}`).join('；');
}

/**
 * 前置库 intake: the department's system writes rows into a staging table on its 前置机 with the status
 * `new`; each poll takes a batch in key order, marks it taken, hands the rows (every column but the
 * exchange's own, by name) to the linkage flow, and writes each row's outcome and receipt back.
 *
 * At least once, never twice: rows are marked taken before they are read, and a batch interrupted at any
 * point (the hub stopped, either database down) leaves its rows taken but not finished — the next poll
 * takes those again first. Records carry content-derived keys (ingest.ts), so a row pushed before the
 * interruption is recognised and answered with its existing id; only the status write-back is repeated.
 */
export class FrontDbIntake {
  private readonly client: TableClient;
  private readonly layout: FrontDbLayout;
  private readonly values: typeof STATUS;
  private readonly exchangeColumns: Set<string>;

  constructor(
    private readonly ctx: HubContext,
    private readonly adapter: AdapterFolder,
    private readonly mapping: CompiledMapping,
    private readonly opts: FrontDbOptions,
  ) {
    const layout = adapter.manifest.frontDb;
    if (!layout)
      throw new HubError('EXCHANGE_SETTINGS_INVALID', {
        adapter: adapter.manifest.name,
        reason: '清单缺少 frontDb / the manifest has no frontDb section',
      });
    this.layout = layout;
    this.values = { ...STATUS, ...layout.values };
    this.exchangeColumns = new Set([layout.status, layout.receipt, ...(layout.doneAt ? [layout.doneAt] : [])]);
    this.client = openClient(opts.url, opts.password);
  }

  private col(name: string): string {
    return quote(this.client.kind, name);
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Takes batches until the table has no new rows; returns each batch's figures. */
  async drain(): Promise<FrontDbBatch[]> {
    const batches: FrontDbBatch[] = [];
    for (;;) {
      const batch = await this.poll();
      if (batch.rows === 0) return batches;
      batches.push(batch);
    }
  }

  /** One batch: claim, ingest, write back. */
  async poll(): Promise<FrontDbBatch> {
    const { manifest } = this.adapter;
    const rows = await this.claim();
    const summary: IngestSummary = { records: 0, accepted: 0, duplicate: 0, rejected: 0 };
    if (rows.length === 0) return { rows: 0, retaken: 0, summary };
    await this.opts.onStage?.('claimed');
    const key = this.layout.key;
    const retakenKeys = new Set(rows.filter((r) => r.retaken).map((r) => String(r.row[key])));
    const outcomes: RecordOutcome[] = [];
    const rowKeys: string[] = [];
    const records = async function* (fields: (row: Row) => Record<string, string>): AsyncGenerator<SourceRecord> {
      for (const [i, { row }] of rows.entries()) {
        rowKeys.push(String(row[key]));
        yield { fields: fields(row), line: i + 1, path: `${key}=${String(row[key])}` };
      }
    };
    await ingest(
      this.ctx,
      adapterActor(manifest.name, manifest.department),
      this.mapping,
      records((row) => this.fields(row)),
      manifest.name,
      (o) => {
        outcomes.push(o);
        summary.records++;
        summary[o.status]++;
      },
    );
    await this.opts.onStage?.('ingested');
    await this.writeBack(
      outcomes.map((o, i) => ({ key: rowKeys[i]!, outcome: o, retaken: retakenKeys.has(rowKeys[i]!) })),
    );
    await recordAudit(this.ctx.db, {
      actor: adapterActor(manifest.name, manifest.department),
      at: this.ctx.clock.now(),
      action: 'front-db.batch',
      entityType: 'front-db-batch',
      entityId: `${manifest.name}:${rowKeys[0]}..${rowKeys.at(-1)}`,
      department: manifest.department,
      after: {
        table: this.layout.table,
        first: rowKeys[0],
        last: rowKeys.at(-1),
        retaken: retakenKeys.size,
        ...summary,
      },
    });
    return { rows: rows.length, retaken: retakenKeys.size, summary };
  }

  /** The row's data columns as text, under their own names; a NULL column is absent, as an empty cell is. */
  private fields(row: Row): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(row)) {
      if (this.exchangeColumns.has(name) || value === null || value === undefined) continue;
      out[name] = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
    }
    return out;
  }

  /**
   * Marks the next batch taken and reads it: rows an interrupted batch left taken come first (they are
   * older), then new ones. Marking before reading is what makes an interruption safe: a row is either
   * still new, or taken and sure to be finished by a later poll.
   */
  private async claim(): Promise<{ row: Row; retaken: boolean }[]> {
    const { table, key, status } = this.layout;
    const size = this.layout.batchSize ?? 500;
    const t = this.col(table);
    try {
      const candidates = await this.client.query(
        `select ${this.col(key)} as k, ${this.col(status)} as s from ${t} ` +
          `where ${this.col(status)} in (?, ?) order by ${this.col(key)} limit ${size}`,
        [this.values.new, this.values.taking],
      );
      if (candidates.length === 0) return [];
      const keys = candidates.map((c) => c.k);
      const retaken = new Set(candidates.filter((c) => c.s === this.values.taking).map((c) => String(c.k)));
      const marks = keys.map(() => '?').join(', ');
      await this.client.query(
        `update ${t} set ${this.col(status)} = ? where ${this.col(key)} in (${marks}) and ${this.col(status)} = ?`,
        [this.values.taking, ...keys, this.values.new],
      );
      const rows = await this.client.query(
        `select * from ${t} where ${this.col(key)} in (${marks}) and ${this.col(status)} = ? order by ${this.col(key)}`,
        [...keys, this.values.taking],
      );
      return rows.map((row) => ({ row, retaken: retaken.has(String(row[key])) }));
    } catch (err) {
      if (err instanceof HubError) throw err;
      throw unreachable(where(this.opts.url), err);
    }
  }

  /** Each row's outcome and receipt, in one transaction: a batch is finished whole or not at all. */
  private async writeBack(results: { key: string; outcome: RecordOutcome; retaken: boolean }[]): Promise<void> {
    const { table, key, status, receipt, doneAt } = this.layout;
    const at = this.ctx.clock.now();
    const setDone = doneAt ? `, ${this.col(doneAt)} = ?` : '';
    const text =
      `update ${this.col(table)} set ${this.col(status)} = ?, ${this.col(receipt)} = ?${setDone} ` +
      `where ${this.col(key)} = ? and ${this.col(status)} = ?`;
    try {
      await this.client.transaction(async (query) => {
        for (const r of results) {
          const params: unknown[] = [this.values[r.outcome.status], receiptText(r.outcome, r.retaken)];
          // A MySQL DATETIME has no zone: a county system reads it as Beijing time, so that is what is written.
          if (doneAt)
            params.push(this.client.kind === 'mysql' ? formatShanghai(at).slice(0, 19).replace('T', ' ') : at);
          await query(text, [...params, r.key, this.values.taking]);
        }
      });
    } catch (err) {
      throw unreachable(where(this.opts.url), err);
    }
  }
}

/**
 * One scheduled poll per 前置库 adapter whose URL is set in its environment variable; adapters without
 * one are listed as not configured (the hub starts, and says so). Hubs sharing a database take turns.
 */
export function frontDbJobs(
  ctx: HubContext,
  adapters: LoadedAdapter[],
  env: NodeJS.ProcessEnv = process.env,
): { jobs: Job[]; missing: string[] } {
  return exchangePolls(adapters, 'front-db', 'frontDb', ({ adapter, mapping }, layout) => {
    const url = env[layout.urlEnv];
    if (!url) return { missing: layout.urlEnv };
    const intake = new FrontDbIntake(ctx, adapter, mapping, { url });
    return () => intake.drain();
  });
}

/**
 * The reverse direction: the hub writes each delivery as a row of the department's table — the endpoint's
 * URL names the database and `?table=` (default `shenguan_inbox`); its secret is the password. A department
 * whose 前置库 adapter has an outbound side gets the row in its own columns (its manifest's key and status
 * columns, the mapping's fields); others get the hub's envelope columns. The message
 * id is the row's key, so a resent message is the same row, never a second one. The department's system
 * reads rows with status `new` and sets its own status afterwards. Internal database hosts must be on the
 * egress allow-list (SHENGUAN_EGRESS_ALLOW): anything else is refused.
 */
const clients = new Map<string, TableClient>();

function outboundClient(url: URL, password: string | null): TableClient {
  const id = `${url.toString()}\u0000${password ?? ''}`;
  let client = clients.get(id);
  if (!client) {
    const bare = new URL(url);
    bare.searchParams.delete('table');
    client = openClient(bare.toString(), password ?? undefined);
    clients.set(id, client);
  }
  return client;
}

/** Closes the outbound connections (the hub's shutdown, tests). */
export async function closeFrontDbClients(): Promise<void> {
  const open = [...clients.values()];
  clients.clear();
  await Promise.all(open.map((c) => c.close().catch(() => undefined)));
}

type TableRow = { cols: string[]; values: unknown[]; key: string };

/** The message as the hub's own row: its envelope and the payload as JSON. */
function canonicalRow(message: OutboundMessage): TableRow {
  return {
    key: 'message_id',
    cols: ['message_id', 'message_type', 'subject_type', 'subject_id', 'created_at', 'payload', 'status'],
    values: [
      message.id,
      message.type,
      message.subject.type,
      message.subject.id,
      message.createdAt,
      JSON.stringify(message.payload),
      'new',
    ],
  };
}

/**
 * The message in the department's own columns (its adapter's outbound side), with the exchange columns
 * of its manifest: the message id in the key column, the `new` status value; an unset field is NULL.
 */
function legacyRow(message: OutboundMessage, legacy: LegacyShape, layout: FrontDbLayout): TableRow {
  const fields = legacy.records[0] ?? {};
  const data = legacy.columns.filter((c) => c !== layout.key && c !== layout.status);
  return {
    key: layout.key,
    cols: [layout.key, layout.status, ...data],
    values: [message.id, layout.values?.new ?? STATUS.new, ...data.map((c) => fields[c] ?? null)],
  };
}

/** 前置库 in both directions; registered with the built-ins (core/adapters/builtins.ts). */
export const frontDbTransport: Transport = {
  name: 'front-db',
  inbound: ({ ctx, adapter, log }: InboundStart) => {
    const { jobs, missing } = frontDbJobs(ctx, [adapter as LoadedAdapter]);
    for (const m of missing) log(`adapter ${m} not set: this exchange does not run`);
    return jobs;
  },
  async send(message, endpoint, legacy) {
    if (!endpoint.url) throw new Error(`front-db endpoint of ${endpoint.department} has no URL`);
    const url = new URL(endpoint.url);
    if (url.password)
      throw new HubError('ENDPOINT_URL_REFUSED', { reason: '网址中不得包含密码 / no password in the URL' });
    if (!allowListed(guardOf(endpoint), url.hostname))
      throw new HubError('ENDPOINT_URL_REFUSED', {
        reason: `${url.hostname} 不在白名单中 / ${url.hostname} is not on the egress allow-list`,
      });
    const table = url.searchParams.get('table') ?? 'shenguan_inbox';
    if (!/^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)?$/u.test(table))
      throw new HubError('ENDPOINT_URL_REFUSED', { reason: `表名无效 / invalid table name ${table}` });
    const client = outboundClient(url, endpoint.secret);
    const { cols, values, key } = legacy?.frontDb ? legacyRow(message, legacy, legacy.frontDb) : canonicalRow(message);
    const q = (n: string) => quote(client.kind, n);
    const insert = `insert into ${q(table)} (${cols.map(q).join(', ')}) values (${cols.map(() => '?').join(', ')})`;
    try {
      await client.query(
        client.kind === 'mysql'
          ? `${insert} on duplicate key update ${q(key)} = ${q(key)}`
          : `${insert} on conflict (${q(key)}) do nothing`,
        values,
      );
    } catch (err) {
      throw unreachable(where(endpoint.url), err);
    }
  },
};
