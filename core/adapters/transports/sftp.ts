import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import SftpClient from 'ssh2-sftp-client';
import { guardOf, type InboundStart, type Transport } from '../../delivery/transports.ts';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import type { Job } from '../../scheduler/scheduler.ts';
import { allowListed } from '../../security/egress.ts';
import type { LoadedAdapter } from '../dry-run.ts';
import type { AdapterFolder } from '../manifest.ts';
import type { CompiledMapping } from '../mapping.ts';
import { exchangePolls } from './exchange-polls.ts';
import { FileDropInbox, type FileResult } from './file-drop.ts';
import { outboundFile } from './outbound.ts';

/** Temporary names and markers, as the local inbox ignores them (inbox-entries.ts). */
const IGNORED = /(^\.)|(\.(tmp|part|done|partial))$/i;

export interface SftpConnection {
  /** sftp://user@host:port/folder; the folder holds inbox/ outbox/ archive/ error/. */
  url: string;
  privateKey?: string | Buffer;
  password?: string;
  /** `SHA256:…` as `ssh-keygen -lf` prints it; a server presenting any other host key is refused. */
  hostKey: string;
}

/** SHA256 host key fingerprint as OpenSSH prints it: base64 without padding. */
function fingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

function where(url: URL): string {
  return `sftp://${url.host}${url.pathname}`;
}

async function connect(conn: SftpConnection): Promise<{ sftp: SftpClient; folder: string; url: URL }> {
  const url = new URL(conn.url);
  if (url.protocol !== 'sftp:' || url.password)
    throw new HubError('ENDPOINT_URL_REFUSED', {
      reason:
        'SFTP 地址须为 sftp://用户@主机:端口/目录，且不含密码 / an SFTP URL is sftp://user@host:port/folder, without a password',
    });
  const expected = conn.hostKey.replace(/=+$/, '');
  const sftp = new SftpClient('shenguan-exchange');
  try {
    await sftp.connect({
      host: url.hostname,
      port: Number(url.port || 22),
      username: decodeURIComponent(url.username),
      privateKey: conn.privateKey,
      password: conn.password,
      readyTimeout: 15_000,
      hostVerifier: (key: Buffer) => fingerprint(key) === expected,
    });
  } catch (err) {
    await sftp.end().catch(() => undefined);
    throw new HubError('EXCHANGE_UNREACHABLE', { what: where(url), reason: (err as Error).message }, { cause: err });
  }
  return { sftp, folder: decodeURIComponent(url.pathname) || '/', url };
}

/**
 * Writes under a temporary name and renames it into place (replacing an earlier copy), so no reader sees half a
 * file.
 */
async function putAtomically(sftp: SftpClient, data: Buffer | string, dir: string, name: string): Promise<void> {
  const tmp = `${dir}/.${name}.tmp`;
  await sftp.put(Buffer.isBuffer(data) ? data : Buffer.from(data), tmp);
  await sftp.posixRename(tmp, `${dir}/${name}`);
}

export interface SftpPullOptions extends SftpConnection {
  /** The local exchange folder the files pass through (inbox/ outbox/ archive/ error/ sent/). */
  local: string;
  /** A remote file without a `.done` marker is taken once its size and time have not changed for this long. */
  stableMs?: number;
  clock?: () => number;
}

/**
 * SFTP pull: the file drop, with the department's exchange folder on its own server. Each scan sends
 * any receipts not yet sent, fetches the remote inbox's complete files (a `.done` marker, or a size and
 * time unchanged for `stableMs`; temporary names and markers ignored) into a local exchange folder,
 * takes them there exactly as a local drop (file-drop.ts: content keys, receipts in line order,
 * duplicates recognised), then moves each remote file into archive/ or error/ as its local copy went
 * and puts the receipt (and reason file) beside it, each written under a temporary name and renamed.
 *
 * A remote file leaves the remote inbox only after its local copy is finished, and a receipt leaves
 * the local outbox only after it was renamed into place remotely: a scan interrupted at any point is
 * completed by the next one. A file fetched again after an interruption is then "the same bytes
 * already processed" — its records are never recorded twice — and both receipts reach the department.
 */
export class SftpInbox {
  private readonly drop: FileDropInbox;
  private readonly seen = new Map<string, { size: number; modifyTime: number; since: number }>();
  private readonly sent: string;

  constructor(
    ctx: HubContext,
    adapter: AdapterFolder,
    mapping: CompiledMapping,
    private readonly opts: SftpPullOptions,
  ) {
    this.drop = new FileDropInbox(ctx, adapter, mapping, { root: opts.local, stableMs: 0, clock: opts.clock });
    this.sent = join(opts.local, 'sent');
    mkdirSync(this.sent, { recursive: true });
  }

  async scan(): Promise<FileResult[]> {
    const { sftp, folder } = await connect(this.opts);
    try {
      for (const dir of ['inbox', 'outbox', 'archive', 'error'])
        if (!(await sftp.exists(`${folder}/${dir}`))) await sftp.mkdir(`${folder}/${dir}`, true);
      await this.sendReceipts(sftp, folder);
      const fetched = await this.fetch(sftp, folder);
      let results: FileResult[];
      let failure: unknown;
      try {
        results = await this.drop.scan();
      } catch (err) {
        // The hub's own store failed part-way: what was finished is still moved and answered below.
        failure = err;
        results = [];
      }
      for (const result of results) {
        const remote = fetched.get(result.file);
        if (!remote || !result.movedTo) continue;
        const [dir] = result.movedTo.split('/');
        const movedName = basename(result.movedTo);
        await sftp.posixRename(`${folder}/inbox/${remote}`, `${folder}/${dir}/${movedName}`);
        await sftp.delete(`${folder}/inbox/${remote}.done`, true);
        const reason = join(this.opts.local, 'error', `${movedName}.reason.txt`);
        if (dir === 'error' && existsSync(reason))
          await putAtomically(sftp, readFileSync(reason), `${folder}/error`, `${movedName}.reason.txt`);
      }
      await this.sendReceipts(sftp, folder);
      if (failure) throw failure;
      return results;
    } finally {
      await sftp.end().catch(() => undefined);
    }
  }

  /** Receipts (and their signatures) from the local outbox to the remote one; each moves to sent/ once in place. */
  private async sendReceipts(sftp: SftpClient, folder: string): Promise<void> {
    const outbox = join(this.opts.local, 'outbox');
    for (const name of readdirSync(outbox).sort()) {
      if (IGNORED.test(name)) continue;
      await putAtomically(sftp, readFileSync(join(outbox, name)), `${folder}/outbox`, name);
      renameSync(join(outbox, name), join(this.sent, name));
    }
  }

  /** Complete remote files into the local inbox, each with a `.done` marker; returns local name → remote name. */
  private async fetch(sftp: SftpClient, folder: string): Promise<Map<string, string>> {
    const now = (this.opts.clock ?? Date.now)();
    const listing = await sftp.list(`${folder}/inbox`);
    const names = new Set(listing.map((e) => e.name));
    const fetched = new Map<string, string>();
    const inbox = join(this.opts.local, 'inbox');
    for (const entry of listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      // Links, folders and names that did not survive decoding stay on the server for people to look at.
      if (entry.type !== '-' || IGNORED.test(entry.name) || entry.name.includes('\uFFFD')) continue;
      if (!names.has(`${entry.name}.done`) && !this.isStable(entry, now)) continue;
      this.seen.delete(entry.name);
      const part = join(inbox, `.${entry.name}.part`);
      await sftp.fastGet(`${folder}/inbox/${entry.name}`, part);
      renameSync(part, join(inbox, entry.name));
      writeFileSync(join(inbox, `${entry.name}.done`), '');
      fetched.set(entry.name, entry.name);
    }
    // A copy fetched by an interrupted scan, whose remote file is still in the inbox, is matched again.
    for (const name of readdirSync(inbox))
      if (!IGNORED.test(name) && names.has(name) && !fetched.has(name)) fetched.set(name, name);
    return fetched;
  }

  private isStable(entry: { name: string; size: number; modifyTime: number }, now: number): boolean {
    const last = this.seen.get(entry.name);
    if (!last || last.size !== entry.size || last.modifyTime !== entry.modifyTime) {
      this.seen.set(entry.name, { size: entry.size, modifyTime: entry.modifyTime, since: now });
      return false;
    }
    return now - last.since >= (this.opts.stableMs ?? 2000);
  }
}

/**
 * One scheduled scan per SFTP adapter whose URL and key are set in the environment variables its
 * manifest names; files pass through `<dataDir>/exchange-sftp/<adapter>`.
 */
export function sftpJobs(
  ctx: HubContext,
  adapters: LoadedAdapter[],
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): { jobs: Job[]; missing: string[] } {
  return exchangePolls(adapters, 'sftp', 'sftp', ({ adapter, mapping }, layout) => {
    const url = env[layout.urlEnv];
    const keyFile = layout.keyFileEnv ? env[layout.keyFileEnv] : undefined;
    const password = layout.passwordEnv ? env[layout.passwordEnv] : undefined;
    if (!url || (!keyFile && !password))
      return { missing: [layout.urlEnv, layout.keyFileEnv ?? layout.passwordEnv].join(', ') };
    const inbox = new SftpInbox(ctx, adapter, mapping, {
      url,
      hostKey: layout.hostKey,
      privateKey: keyFile ? readFileSync(keyFile) : undefined,
      password,
      local: join(dataDir, 'exchange-sftp', adapter.manifest.name),
      stableMs: (layout.stableSeconds ?? 2) * 1000,
    });
    return () => inbox.scan();
  });
}

/**
 * SFTP push: each message written to the department's folder as `<message id>.json` (or in the
 * department's own shape, as the local file drop writes it: outbound.ts) under a temporary name, then renamed
 * into place — the same file semantics as the local file drop; a resent message replaces itself. The endpoint's
 * URL is `sftp://user@host:port/folder?hostKey=SHA256:…` (the host key is required: an unverified server is
 * refused) and its secret the password or a PEM private key.
 * The host must be on the egress allow-list. Registered with the built-ins (core/adapters/builtins.ts).
 */
export const sftpTransport: Transport = {
  name: 'sftp',
  inbound: ({ ctx, adapter, dataDir, log }: InboundStart) => {
    const { jobs, missing } = sftpJobs(ctx, [adapter as LoadedAdapter], dataDir);
    for (const m of missing) log(`adapter ${m} not set: this exchange does not run`);
    return jobs;
  },
  async send(message, endpoint, legacy) {
    if (!endpoint.url) throw new Error(`sftp endpoint of ${endpoint.department} has no URL`);
    const url = new URL(endpoint.url);
    const hostKey = url.searchParams.get('hostKey');
    if (!hostKey)
      throw new HubError('ENDPOINT_URL_REFUSED', {
        reason: 'SFTP 端点须在 ?hostKey= 中给出主机密钥指纹 / an SFTP endpoint names its host key in ?hostKey=',
      });
    if (!allowListed(guardOf(endpoint), url.hostname))
      throw new HubError('ENDPOINT_URL_REFUSED', {
        reason: `${url.hostname} 不在白名单中 / ${url.hostname} is not on the egress allow-list`,
      });
    url.search = '';
    const secret = endpoint.secret ?? undefined;
    const isKey = secret?.includes('PRIVATE KEY-----');
    const { sftp, folder } = await connect({
      url: url.toString(),
      hostKey,
      privateKey: isKey ? secret : undefined,
      password: isKey ? undefined : secret,
    });
    try {
      const { name, data } = outboundFile(message, legacy);
      await putAtomically(sftp, data, folder.replace(/\/$/, ''), name);
    } finally {
      await sftp.end().catch(() => undefined);
    }
  },
};
