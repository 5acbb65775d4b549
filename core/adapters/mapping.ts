import { readFileSync } from 'node:fs';
import { Type, type Static } from '@sinclair/typebox';
import { parse } from 'yaml';
import { normaliseHeader } from '../catalogue/csv-columns.ts';
import { isIsoDate } from '../calendar/china-time.ts';
import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import { payloadHash } from '../linkage/idempotency.ts';
import { ApprovalDecision, SupervisionRecord } from '../schema/linkage.ts';
import { check } from '../schema/validator.ts';

/** One target field: where its value comes from and how it is read. */
const FieldRule = Type.Object(
  {
    /** Source field name (CSV header, XML element, JSON key); variant spellings are tolerated. */
    from: Type.Optional(Type.String()),
    type: Type.Optional(
      Type.Union([
        Type.Literal('string'),
        Type.Literal('date'),
        Type.Literal('money'),
        Type.Literal('list'),
        Type.Literal('boolean'),
      ]),
    ),
    /** For money: the source unit; the canonical unit is 万元. */
    unit: Type.Optional(Type.Union([Type.Literal('元'), Type.Literal('万元')])),
    /** The department's own codes → canonical values. */
    codes: Type.Optional(Type.Record(Type.String(), Type.String())),
    /** Source values meaning 长期 (e.g. 2099-12-31). */
    longTerm: Type.Optional(Type.Array(Type.String())),
    default: Type.Optional(Type.Unknown()),
    required: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const MappingSpec = Type.Object(
  {
    target: Type.Union([Type.Literal('approval'), Type.Literal('supervision-record')]),
    /** Target JSON pointer → rule. */
    fields: Type.Record(Type.String({ pattern: '^/' }), FieldRule),
  },
  { additionalProperties: false },
);
export type MappingSpec = Static<typeof MappingSpec>;

/** A record as read from a legacy payload: field name → text, and where it was. */
export interface SourceRecord {
  fields: Record<string, string>;
  line?: number;
  path?: string;
}

export type MappedRecord =
  | { ok: true; value: Record<string, unknown>; line?: number }
  | { ok: false; errors: ErrorDetail[]; line?: number };

export interface CompiledMapping {
  target: MappingSpec['target'];
  /** Hash of the mapping's canonical rules (not its YAML layout): a changed mapping is a new hash. */
  hash: string;
  map(record: SourceRecord): MappedRecord;
}

const TARGET_SCHEMAS = { approval: ApprovalDecision, 'supervision-record': SupervisionRecord };

function setPointer(obj: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys.at(-1)!] = value;
}

/** YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD, YYYY年M月D日 → YYYY-MM-DD. */
export function readDate(text: string): string | undefined {
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?(?:[ T].*)?$/.exec(text.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A decimal amount in 元 or 万元 → 万元 as an exact decimal string. */
export function readMoney(text: string, unit: '元' | '万元'): string | undefined {
  const t = text.replace(/[,，\s]/g, '').replace(/(万元|元)$/, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  if (unit === '万元') return t;
  // 元 → 万元: shift the decimal point four places on the digits, exactly (no floating point).
  const [int = '0', frac = ''] = t.split('.');
  const digits = int.padStart(5, '0') + frac;
  const point = digits.length - frac.length - 4;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const decimals = digits.slice(point).replace(/0+$/, '');
  return decimals ? `${whole}.${decimals.slice(0, 6)}` : whole;
}

/**
 * Compiles a mapping once: every rule becomes a small function, header lookups are normalised
 * (full-width/half-width parentheses, `_` and `-`, spaces), and every error names the source field,
 * its line and the target field.
 */
export function compileMapping(spec: MappingSpec): CompiledMapping {
  const schema = TARGET_SCHEMAS[spec.target];
  const rules = Object.entries(spec.fields).map(([pointer, rule]) => ({
    pointer,
    rule,
    key: rule.from ? normaliseHeader(rule.from) : undefined,
  }));
  const sourceOf = new Map(rules.map((r) => [r.pointer, r.rule.from]));
  return {
    target: spec.target,
    hash: payloadHash(spec),
    map(record) {
      const fields = new Map(Object.entries(record.fields).map(([k, v]) => [normaliseHeader(k), v]));
      const value: Record<string, unknown> = {};
      const errors: ErrorDetail[] = [];
      const where = { line: record.line };
      for (const { pointer, rule, key } of rules) {
        const raw = key ? fields.get(key)?.trim() : undefined;
        // Records the problem; returns undefined so a failed conversion reads `convert(raw) ?? fail(…)`.
        const fail = (zh: string, en: string): undefined => {
          errors.push({
            ...where,
            code: 'MAPPING_FAILED',
            field: rule.from,
            pointer,
            zh: `${rule.from ?? pointer} → ${pointer}：${zh}`,
            en: `${rule.from ?? pointer} → ${pointer}: ${en}`,
          });
        };
        if (raw === undefined || raw === '') {
          if (rule.default !== undefined) setPointer(value, pointer, rule.default);
          else if (rule.required) fail('缺少必填值', 'required value missing');
          continue;
        }
        let out: unknown = raw;
        if (rule.longTerm?.includes(raw)) out = 'long-term';
        else if (rule.type === 'date') out = readDate(raw) ?? fail(`日期“${raw}”无法识别`, `cannot read date '${raw}'`);
        else if (rule.type === 'money')
          out = readMoney(raw, rule.unit ?? '万元') ?? fail(`金额“${raw}”无法识别`, `cannot read amount '${raw}'`);
        else if (rule.type === 'boolean') out = ['是', '1', 'true', 'Y'].includes(raw);
        else if (rule.type === 'list')
          out = raw
            .split(/[,，、;；]/)
            .map((s) => s.trim())
            .filter(Boolean);
        if (rule.codes && out !== undefined) {
          const translate = (v: string) =>
            rule.codes![v] ?? fail(`代码“${v}”不在代码表中`, `code '${v}' is not in the code table`) ?? v;
          out = Array.isArray(out) ? out.map((v) => translate(String(v))) : translate(String(out));
        }
        if (out !== undefined) setPointer(value, pointer, out);
      }
      if (errors.length) return { ok: false, errors, line: record.line };
      const result = check(schema, value);
      if (!result.ok) {
        return {
          ok: false,
          line: record.line,
          errors: result.details.map((d) => ({ ...d, ...where, field: sourceOf.get(d.pointer ?? '') ?? d.field })),
        };
      }
      return { ok: true, value: result.value as Record<string, unknown>, line: record.line };
    },
  };
}

export function loadMapping(file: string): CompiledMapping {
  const result = check(MappingSpec, parse(readFileSync(file, 'utf8')));
  if (!result.ok)
    throw new HubError(
      'VALIDATION_FAILED',
      { count: result.details.length },
      { details: result.details.map((d) => ({ ...d, field: file })) },
    );
  return compileMapping(result.value);
}
