import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { parse } from 'yaml';
import { HubError } from '../errors/hub-error.ts';
import { transportFor, transportNames } from '../delivery/transports.ts';
import { Code, NonEmpty, StringEnum } from '../schema/common.ts';
import { registerBuiltinTransports } from './builtins.ts';
import { sourceFormatFor, sourceFormatNames } from './formats.ts';
import { check } from '../schema/validator.ts';
import { FrontDbLayout, SftpLayout } from './transports/exchange-layout.ts';

/**
 * An adapter is one folder: `manifest.yaml` (who it is and how it connects), `mapping.yaml`
 * (legacy fields → canonical record), `fixtures/` and `tests.yaml` (mapping tests). The hub finds
 * adapters by configuration (folders under adapters/ and SHENGUAN_ADAPTERS); core never imports one.
 */
export const AdapterManifest = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
    description: NonEmpty('说明', 500),
    department: Code,
    /**
     * A registered transport (built in: file-drop, rest, xml-http, front-db, sftp; an adapter package may add
     * others).
     */
    transport: Type.String({ pattern: '^[a-z][a-z0-9-]*$', maxLength: 64 }),
    /** A registered format (built in: csv, xml, json, shuanggongshi-xk, shuanggongshi-cf). */
    format: Type.String({ pattern: '^[a-z][a-z0-9-]*$', maxLength: 64 }),
    encoding: Type.Optional(StringEnum(['utf-8', 'gbk', 'gb18030'] as const)),
    /** JSON Schema of the adapter's settings; properties marked `secret: true` are never logged or shown. */
    settings: Type.Optional(
      Type.Object({
        type: Type.Literal('object'),
        properties: Type.Record(Type.String(), Type.Unknown()),
        required: Type.Optional(Type.Array(Type.String())),
      }),
    ),
    /** For transport front-db: the staging table (transports/exchange-layout.ts). */
    frontDb: Type.Optional(FrontDbLayout),
    /** For transport sftp: the department's server. */
    sftp: Type.Optional(SftpLayout),
    directions: Type.Array(StringEnum(['inbound', 'outbound'] as const), { minItems: 1 }),
    /** Checks of the conformance kit this adapter cannot pass, each with the reason. */
    unsupported: Type.Optional(Type.Record(Type.String(), Type.String())),
  },
  { additionalProperties: false, title: 'AdapterManifest 适配器清单' },
);
export type AdapterManifest = Static<typeof AdapterManifest>;

export interface AdapterFolder {
  dir: string;
  manifest: AdapterManifest;
}

export function loadAdapter(dirPath: string): AdapterFolder {
  const dir = resolve(dirPath);
  const file = join(dir, 'manifest.yaml');
  if (!existsSync(file)) throw new HubError('NOT_FOUND', { what: `${file} / 适配器清单` });
  const result = check(AdapterManifest, parse(readFileSync(file, 'utf8')));
  if (!result.ok)
    throw new HubError(
      'VALIDATION_FAILED',
      { count: result.details.length },
      { details: result.details.map((d) => ({ ...d, field: 'manifest.yaml' })) },
    );
  const manifest = result.value;
  // The built-ins are always there; an adapter package registers its own before its adapters load.
  registerBuiltinTransports();
  const unknown = (kind: string, name: string, known: string[]) =>
    new HubError('ADAPTER_EXTENSION_UNKNOWN', { adapter: manifest.name, kind, name, known: known.join(', ') });
  if (!transportFor(manifest.transport)) throw unknown('transport', manifest.transport, transportNames());
  if (!sourceFormatFor(manifest.format)) throw unknown('format', manifest.format, sourceFormatNames());
  return { dir, manifest };
}
