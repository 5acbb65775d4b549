import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { createRequire } from 'node:module';
import type { Static, TSchema } from '@sinclair/typebox';
import { HubError, type ErrorDetail } from '../errors/hub-error.ts';

/** One ajv for canonical records: all errors reported, defaults filled, no type coercion. */
function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false });
  addFormats.default(ajv, ['date', 'date-time', 'email', 'uri']);
  return ajv;
}

// ajv-i18n is CommonJS whose typings declare a default export it does not have under ESM.
const localizeZh = createRequire(import.meta.url)('ajv-i18n/localize/zh') as (errors: ErrorObject[]) => void;

const sharedAjv = createAjv();
const compiled = new WeakMap<TSchema, ValidateFunction>();

/** JSON pointer of the offending value; for a missing property, the pointer it would have. */
function pointerOf(e: ErrorObject): string {
  const missing = e.keyword === 'required' ? (e.params as { missingProperty: string }).missingProperty : undefined;
  const extra =
    e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
  const tail = missing ?? extra;
  return tail ? `${e.instancePath}/${tail.replace(/~/g, '~0').replace(/\//g, '~1')}` : e.instancePath || '/';
}

/** Turns ajv errors into the hub's bilingual details, with `prefix` prepended to pointers. */
export function ajvErrorDetails(errors: ErrorObject[], prefix = ''): ErrorDetail[] {
  const zh = errors.map((e) => ({ ...e }));
  localizeZh(zh);
  return errors.map((e, i) => {
    const pointer = prefix + pointerOf(e);
    const extra =
      e.keyword === 'additionalProperties'
        ? `：${(e.params as { additionalProperty: string }).additionalProperty}`
        : '';
    return {
      code: `SCHEMA_${e.keyword.toUpperCase()}`,
      pointer,
      zh: `${pointer} ${zh[i]!.message ?? '不符合规范'}${extra}`,
      en: `${pointer} ${e.message ?? 'is invalid'}${extra ? ` (${extra.slice(1)})` : ''}`,
    };
  });
}

/** Validates (and fills defaults in) `value`; returns the problems without throwing. */
export function check<S extends TSchema>(
  schema: S,
  value: unknown,
): { ok: true; value: Static<S> } | { ok: false; details: ErrorDetail[] } {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = sharedAjv.compile(schema);
    compiled.set(schema, fn);
  }
  if (fn(value)) return { ok: true, value: value as Static<S> };
  return { ok: false, details: ajvErrorDetails(fn.errors ?? []) };
}

/** Validates or throws VALIDATION_FAILED with every problem and its JSON pointer. */
export function assertValid<S extends TSchema>(schema: S, value: unknown): Static<S> {
  const result = check(schema, value);
  if (!result.ok)
    throw new HubError('VALIDATION_FAILED', { count: result.details.length }, { details: result.details });
  return result.value;
}
