import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { HubError } from '../errors/hub-error.ts';
import { check } from '../schema/validator.ts';
import { PolicyProfile } from './profile-schema.ts';

export const PROFILES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'profiles');

/** Loads a profile by name (one of profiles/*.yaml) or by file path, validating it fully. */
export function loadProfile(nameOrPath: string): PolicyProfile {
  const file =
    nameOrPath.endsWith('.yaml') || nameOrPath.includes('/')
      ? resolve(nameOrPath)
      : join(PROFILES_DIR, `${nameOrPath}.yaml`);
  if (!existsSync(file)) throw new HubError('PROFILE_NOT_FOUND', { name: nameOrPath });
  return parseProfile(readFileSync(file, 'utf8'), file);
}

export function parseProfile(text: string, file = '<profile>'): PolicyProfile {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (cause) {
    const line = (cause as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new HubError(
      'PROFILE_INVALID',
      { file },
      {
        cause,
        details: [
          {
            line,
            zh: `YAML 语法错误：${(cause as Error).message}`,
            en: `YAML syntax error: ${(cause as Error).message}`,
          },
        ],
      },
    );
  }
  const result = check(PolicyProfile, raw);
  if (!result.ok) throw new HubError('PROFILE_INVALID', { file }, { details: result.details });
  return result.value;
}
