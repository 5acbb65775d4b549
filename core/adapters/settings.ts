import { readFileSync } from 'node:fs';
import type { TSchema } from '@sinclair/typebox';
import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import { check } from '../schema/validator.ts';
import type { AdapterManifest } from './manifest.ts';

/**
 * A secret setting's value. It prints as *** (toString, JSON, util.inspect), so a secret that slips
 * into a log line, an error or a `shenguan adapter check` report shows nothing; the transport that
 * needs it asks with `reveal()`.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '***';
  }
  toJSON(): string {
    return '***';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'Secret(***)';
  }
}

/** An adapter's settings, validated against its manifest's schema; secrets are `Secret`s. */
export type AdapterSettings = Record<string, unknown>;

interface PropertySchema {
  type?: string;
  secret?: boolean;
  default?: unknown;
}

/** `wjj-filedrop` + `stableSeconds` → `SHENGUAN_ADAPTER_WJJ_FILEDROP_STABLE_SECONDS`. */
export function settingVariable(adapter: string, setting: string): string {
  const snake = setting.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_');
  return `SHENGUAN_ADAPTER_${adapter.replace(/[^A-Za-z0-9]+/g, '_')}_${snake}`.toUpperCase();
}

/** Text from the environment read as the schema's type, so `30` is a number and `true` a boolean. */
function coerce(text: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  if (type === 'boolean' && /^(true|false)$/i.test(text.trim())) return text.trim().toLowerCase() === 'true';
  return text;
}

/**
 * Reads and validates one adapter's settings. Each setting comes from, in order: the environment
 * (`SHENGUAN_ADAPTER_<ADAPTER>_<SETTING>`), a file named by `<that>_FILE` (for secrets kept in a
 * secret file; trailing newline dropped), the `configured` values (a settings file; never for a
 * secret, which must not sit in configuration), or the schema's `default`. The result is checked
 * against the manifest's schema; every problem is reported at once with the setting and the
 * variable to set, never with a secret's value.
 */
export function resolveSettings(
  manifest: AdapterManifest,
  env: NodeJS.ProcessEnv = process.env,
  configured: Record<string, unknown> = {},
): AdapterSettings {
  const schema = manifest.settings ?? { type: 'object' as const, properties: {} };
  const properties = schema.properties as Record<string, PropertySchema>;
  const values: Record<string, unknown> = {};
  const problems: ErrorDetail[] = [];
  const secrets = new Set(Object.keys(properties).filter((k) => properties[k]?.secret === true));
  for (const [key, prop] of Object.entries(properties)) {
    const variable = settingVariable(manifest.name, key);
    let text = env[variable];
    const file = env[`${variable}_FILE`];
    if (text === undefined && file) {
      try {
        text = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
      } catch (err) {
        problems.push({
          field: key,
          code: 'SETTING_FILE_UNREADABLE',
          zh: `设置 ${key}：无法读取 ${variable}_FILE 指向的文件（${(err as NodeJS.ErrnoException).code ?? 'error'}）`,
          en:
            `setting ${key}: cannot read the file named by ${variable}_FILE ` +
            `(${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        });
        continue;
      }
    }
    if (text !== undefined) values[key] = coerce(text, prop?.type);
    else if (configured[key] !== undefined) {
      if (secrets.has(key)) {
        problems.push({
          field: key,
          code: 'SETTING_SECRET_IN_CONFIG',
          zh: `设置 ${key} 是密钥，不能写在配置文件中；请用环境变量 ${variable} 或 ${variable}_FILE`,
          en: `setting ${key} is a secret and must not be in a settings file; use ${variable} or ${variable}_FILE`,
        });
        continue;
      }
      values[key] = configured[key];
    }
  }
  for (const key of Object.keys(configured))
    if (!(key in properties))
      problems.push({
        field: key,
        code: 'SETTING_UNKNOWN',
        zh: `未声明的设置 ${key}（清单 settings 中没有）`,
        en: `unknown setting ${key} (not declared in the manifest's settings)`,
      });
  if (!problems.length) {
    const result = check(schema as unknown as TSchema, values);
    if (!result.ok)
      for (const d of result.details) {
        const key = (d.pointer ?? '').split('/')[1] ?? '';
        const variable = settingVariable(manifest.name, key);
        // ajv's messages name the rule, never the value; a secret's rule is reported without it all the same.
        problems.push({
          field: key,
          code: d.code,
          zh:
            `设置 ${key}：${d.zh.replace(d.pointer ?? '', '').trim()}` +
            `（环境变量 ${variable}${secrets.has(key) ? ` 或 ${variable}_FILE` : ''}）`,
          en:
            `setting ${key}: ${d.en.replace(d.pointer ?? '', '').trim()} ` +
            `(environment variable ${variable}${secrets.has(key) ? ` or ${variable}_FILE` : ''})`,
        });
      }
  }
  if (problems.length)
    throw new HubError(
      'ADAPTER_SETTINGS_INVALID',
      { adapter: manifest.name, count: problems.length },
      { details: problems },
    );
  for (const key of secrets) if (typeof values[key] === 'string') values[key] = new Secret(values[key] as string);
  return values;
}
