import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registerBuiltinTransports } from '../../core/adapters/builtins.ts';
import { openAdapter } from '../../core/adapters/dry-run.ts';
import { registerSourceFormat, sourceFormatFor } from '../../core/adapters/formats.ts';
import { inboundJobs, loadAdapterPackages } from '../../core/adapters/registry.ts';
import type { HubContext } from '../../core/hub-context.ts';
import { resolveSettings, Secret, settingVariable } from '../../core/adapters/settings.ts';
import { registerTransport, transportFor } from '../../core/delivery/transports.ts';
import { HubError } from '../../core/errors/hub-error.ts';
import { editedAdapter, workedAdapter } from '../support/adapters.ts';
import { thrownHubError } from '../support/hub-errors.ts';

describe('adapter settings', () => {
  it('reads each setting from its environment variable, typed by the schema, with defaults', () => {
    const { settings } = openAdapter(workedAdapter('wjj-filedrop'), {
      SHENGUAN_ADAPTER_WJJ_FILEDROP_ROOT: '/srv/exchange/wjj',
      SHENGUAN_ADAPTER_WJJ_FILEDROP_STABLE_SECONDS: '30',
    });
    expect(settings).toEqual({ root: '/srv/exchange/wjj', stableSeconds: 30 });
    expect(openAdapter(workedAdapter('wjj-filedrop'), {}).settings).toEqual({ stableSeconds: 2 });
    expect(settingVariable('sgs-xk', 'stableSeconds')).toBe('SHENGUAN_ADAPTER_SGS_XK_STABLE_SECONDS');
  });

  it('refuses invalid settings at load, naming each setting and its variable', () => {
    const err = thrownHubError(() =>
      openAdapter(workedAdapter('wjj-filedrop'), { SHENGUAN_ADAPTER_WJJ_FILEDROP_STABLE_SECONDS: 'soon' }),
    );
    expect(err.code).toBe('ADAPTER_SETTINGS_INVALID');
    expect(err.details).toHaveLength(1);
    expect(err.details[0]).toMatchObject({ field: 'stableSeconds' });
    expect(err.details[0]!.en).toContain('SHENGUAN_ADAPTER_WJJ_FILEDROP_STABLE_SECONDS');
    expect(err.details[0]!.zh).toContain('设置 stableSeconds');

    const required = editedAdapter('scjg-xml', 'manifest.yaml', (m) =>
      m.replace('description: 交换平台中本部门的发送方编码', 'description: 发送方编码\n  required: [sender]'),
    );
    const missing = thrownHubError(() => openAdapter(required, {}));
    expect(missing.details.map((d) => d.field)).toEqual(['sender']);
    expect(missing.details[0]!.en).toContain('SHENGUAN_ADAPTER_SCJG_XML_SENDER');
  });

  it('reads a secret from the environment or a secret file, and never prints it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sg-secret-')), 'webhook-secret');
    writeFileSync(file, 'hunter2-from-file\n');
    const { settings } = openAdapter(workedAdapter('rsj-rest'), {
      SHENGUAN_ADAPTER_RSJ_REST_WEBHOOK_SECRET_FILE: file,
    });
    const secret = settings.webhookSecret as Secret;
    expect(secret).toBeInstanceOf(Secret);
    expect(secret.reveal()).toBe('hunter2-from-file');
    const printed = [String(secret), JSON.stringify(settings), inspect(settings), `${secret}`].join(' ');
    expect(printed).not.toContain('hunter2');
    expect(printed).toContain('***');

    const fromEnv = openAdapter(workedAdapter('rsj-rest'), { SHENGUAN_ADAPTER_RSJ_REST_WEBHOOK_SECRET: 'hunter2-env' });
    expect((fromEnv.settings.webhookSecret as Secret).reveal()).toBe('hunter2-env');
  });

  it('keeps secrets out of settings files and reports an unreadable secret file without its content', () => {
    const { manifest } = openAdapter(workedAdapter('rsj-rest'), {}).adapter;
    const inFile = thrownHubError(() => resolveSettings(manifest, {}, { webhookSecret: 'hunter2' }));
    expect(inFile.details[0]).toMatchObject({ field: 'webhookSecret', code: 'SETTING_SECRET_IN_CONFIG' });
    expect(JSON.stringify(inFile.details)).not.toContain('hunter2');
    const unknown = thrownHubError(() => resolveSettings(manifest, {}, { colour: 'blue' }));
    expect(unknown.details[0]).toMatchObject({ field: 'colour', code: 'SETTING_UNKNOWN' });
    const unreadable = thrownHubError(() =>
      resolveSettings(manifest, { SHENGUAN_ADAPTER_RSJ_REST_WEBHOOK_SECRET_FILE: '/nonexistent/secret' }),
    );
    expect(unreadable.details[0]).toMatchObject({ field: 'webhookSecret', code: 'SETTING_FILE_UNREADABLE' });
  });
});

describe('settings reach the transport', () => {
  it('starts the file drop in the folder its root setting names', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-root-'));
    const loaded = openAdapter(workedAdapter('wjj-filedrop'), { SHENGUAN_ADAPTER_WJJ_FILEDROP_ROOT: root });
    const lines: string[] = [];
    const jobs = inboundJobs({} as HubContext, [loaded], '/nonexistent-data', (l) => lines.push(l));
    expect(jobs.map((j) => j.name)).toEqual(['file-drop:wjj-filedrop']);
    expect(lines[0]).toContain(join(root, 'inbox'));
    expect(existsSync(join(root, 'outbox'))).toBe(true);
  });
});

describe('registering transports and formats', () => {
  it('registers the built-ins once, in one call', () => {
    registerBuiltinTransports();
    registerBuiltinTransports();
    for (const name of ['webhook', 'file-drop', 'xml-http', 'rest', 'front-db', 'sftp'])
      expect(transportFor(name)).toBeDefined();
    for (const name of ['file-drop', 'front-db', 'sftp']) {
      expect(transportFor(name)?.inbound).toBeTypeOf('function');
      expect(transportFor(name)?.send).toBeTypeOf('function');
    }
    expect(transportFor('rest')?.http).toBe(true);
    for (const name of ['csv', 'xml', 'json', 'shuanggongshi-xk', 'shuanggongshi-cf'])
      expect(sourceFormatFor(name)).toBeDefined();
  });

  it('refuses an adapter whose transport or format nobody registered, naming what is registered', () => {
    const dir = editedAdapter('wjj-filedrop', 'manifest.yaml', (m) =>
      m.replace('transport: file-drop', 'transport: carrier-pigeon'),
    );
    const err = thrownHubError(() => openAdapter(dir, {}));
    expect(err.code).toBe('ADAPTER_EXTENSION_UNKNOWN');
    expect(err.en).toContain('carrier-pigeon');
    expect(err.en).toContain('file-drop');
  });

  it('lets an adapter package add a transport and a format with one call each, without editing core', async () => {
    const dir = editedAdapter('wjj-filedrop', 'manifest.yaml', (m) =>
      m.replace('transport: file-drop', 'transport: test-pigeon').replace('format: csv', 'format: test-tsv'),
    );
    writeFileSync(
      join(dir, 'plugin.ts'),
      [
        'import { registerTransport } from ' +
          `'${fileURLToPath(new URL('../../core/delivery/transports.ts', import.meta.url))}';`,
        'import { registerSourceFormat } from ' +
          `'${fileURLToPath(new URL('../../core/adapters/formats.ts', import.meta.url))}';`,
        `registerTransport({ name: 'test-pigeon', inbound: () => [] });`,
        `registerSourceFormat({ name: 'test-tsv', async *readFile() {} });`,
      ].join('\n'),
    );
    expect(() => openAdapter(dir, {})).toThrow(HubError);
    const loaded = await loadAdapterPackages([dir], undefined);
    expect(loaded).toEqual([join(dir, 'plugin.ts')]);
    expect(openAdapter(dir, {}).adapter.manifest.transport).toBe('test-pigeon');
  });

  it('refuses a second transport or format under a taken name', () => {
    registerBuiltinTransports();
    expect(() => registerTransport({ name: 'file-drop', send: async () => undefined })).toThrow(/already registered/);
    expect(() => registerSourceFormat({ name: 'csv', async *readFile() {} })).toThrow(/already registered/);
  });
});
