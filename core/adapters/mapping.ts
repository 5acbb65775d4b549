import { readFileSync } from 'node:fs';
import { Type, type Static } from '@sinclair/typebox';
import { parse } from 'yaml';
import { normaliseHeader } from '../catalogue/csv-columns.ts';
import { isIsoDate } from '../calendar/china-time.ts';
import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import { payloadHash } from '../linkage/idempotency.ts';
import { ApprovalDecision, SupervisionRecord } from '../schema/linkage.ts';
import { check } from '../schema/validator.ts';
import { sgsMappingSpec } from '../shuanggongshi/sgs-mapping.ts';

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

/**
 * The rules of a second canonical record the department receives but does not send (departments send
 * penalties and take approval pushes): read the other way when the hub delivers that record to it.
 */
const OutboundRecord = Type.Object(
  {
    /** A built-in mapping this one starts from (its rules, then these fields over them). */
    extends: Type.Optional(Type.Literal('shuanggongshi-xk')),
    fields: Type.Record(Type.String({ pattern: '^/' }), FieldRule),
  },
  { additionalProperties: false },
);

/** How the outbound side writes values the inbound side reads in several spellings. */
const OutboundRule = Type.Object(
  {
    dateFormat: Type.Optional(
      Type.Union([
        Type.Literal('YYYY-MM-DD'),
        Type.Literal('YYYY/MM/DD'),
        Type.Literal('YYYYMMDD'),
        Type.Literal('YYYY年M月D日'),
      ]),
    ),
    /** Between list items (default `,`). */
    listSeparator: Type.Optional(Type.String({ minLength: 1, maxLength: 3 })),
    /** For a supervision-record mapping: how approval decisions pushed to the department are written. */
    approval: Type.Optional(OutboundRecord),
  },
  { additionalProperties: false },
);

export const MappingSpec = Type.Object(
  {
    target: Type.Union([Type.Literal('approval'), Type.Literal('supervision-record')]),
    /** A built-in mapping this one starts from (its rules, then these fields over them). */
    extends: Type.Optional(Type.Union([Type.Literal('shuanggongshi-xk'), Type.Literal('shuanggongshi-cf')])),
    /** Target JSON pointer → rule. */
    fields: Type.Record(Type.String({ pattern: '^/' }), FieldRule),
    /** Present when the adapter also maps canonical records back into its own shape (the outbound side). */
    outbound: Type.Optional(OutboundRule),
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

/** A canonical record in the legacy shape, or why it cannot be written. */
export type WrittenRecord =
  | { ok: true; fields: Record<string, string> }
  | { ok: false; errors: ErrorDetail[]; fields: Record<string, string> };

export interface CompiledMapping {
  target: MappingSpec['target'];
  /** Hash of the mapping's canonical rules (not its YAML layout): a changed mapping is a new hash. */
  hash: string;
  /**
   * `partial`: a record of only some fields (what a 信息推送清单 gives a department) — no defaults,
   * required rules or schema check, only each value present read.
   */
  map(record: SourceRecord, opts?: { partial?: boolean }): MappedRecord;
  /** Whether the mapping declares an outbound side. */
  outbound: boolean;
  /** The outbound mapping for records of `target`: this one, or `outbound.approval`; undefined when none. */
  outboundFor(target: MappingSpec['target']): CompiledMapping | undefined;
  /** The source fields the mapping reads, in rule order (the columns of an outbound CSV). */
  columns: string[];
  /**
   * The outbound side: a canonical record back in the legacy shape, by the same rules read the
   * other way (code tables reversed, 万元 back to the source unit, 长期 back to its source value,
   * dates and lists written as `outbound` says). Fields filled only by a default are not written.
   */
  unmap(value: Record<string, unknown>): Record<string, string>;
  /**
   * `unmap` for delivery: a value the department's code table has no code for, or a date or amount
   * that cannot be written, is an error naming the canonical field and the legacy one (MAPPING_FAILED),
   * never written as it is.
   */
  write(value: Record<string, unknown>): WrittenRecord;
}

const TARGET_SCHEMAS = { approval: ApprovalDecision, 'supervision-record': SupervisionRecord };

function getPointer(obj: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

/** YYYY-MM-DD written in the source's date format. */
function writeDate(iso: string, format: NonNullable<Static<typeof OutboundRule>['dateFormat']>): string {
  const [y, m, d] = iso.split('-');
  if (format === 'YYYY/MM/DD') return `${y}/${m}/${d}`;
  if (format === 'YYYYMMDD') return `${y}${m}${d}`;
  if (format === 'YYYY年M月D日') return `${y}年${Number(m)}月${Number(d)}日`;
  return iso;
}

/** 万元 (exact decimal string) → the source unit, exactly. */
function writeMoney(wanYuan: string, unit: '元' | '万元'): string {
  if (unit === '万元') return wanYuan;
  const [int = '0', frac = ''] = wanYuan.split('.');
  const digits = int + frac.padEnd(4, '0');
  const point = int.length + 4;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const decimals = digits.slice(point).replace(/0+$/, '');
  return decimals ? `${whole}.${decimals}` : whole;
}

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
  const out = spec.outbound;
  const { approval, ...writing } = out ?? {};
  const approvalOut =
    approval && spec.target !== 'approval'
      ? compileMapping({
          target: 'approval',
          fields: { ...(approval.extends ? sgsMappingSpec('XK').fields : {}), ...approval.fields },
          outbound: writing,
        })
      : undefined;
  const write = (value: Record<string, unknown>): WrittenRecord => {
    const fields: Record<string, string> = {};
    const errors: ErrorDetail[] = [];
    for (const { pointer, rule } of rules) {
      const v = getPointer(value, pointer);
      if (!rule.from || v === undefined || v === null) continue;
      const fail = (zh: string, en: string): string => {
        errors.push({
          code: 'MAPPING_FAILED',
          field: rule.from,
          pointer,
          zh: `${pointer} → ${rule.from}：${zh}`,
          en: `${pointer} → ${rule.from}: ${en}`,
        });
        return String(v);
      };
      const back = (x: unknown): string => {
        const text = String(x);
        if (!rule.codes) return text;
        const code = Object.keys(rule.codes).find((k) => rule.codes![k] === text);
        return (
          code ?? fail(`值“${text}”在本部门代码表中没有代码`, `'${text}' has no code in the department's code table`)
        );
      };
      let text: string;
      if (v === 'long-term' && rule.longTerm?.length) text = rule.longTerm[0]!;
      else if (Array.isArray(v)) text = v.map(back).join(out?.listSeparator ?? ',');
      else if (rule.type === 'date')
        text = isIsoDate(String(v))
          ? writeDate(String(v), out?.dateFormat ?? 'YYYY-MM-DD')
          : fail(`日期“${String(v)}”无法写出`, `cannot write date '${String(v)}'`);
      else if (rule.type === 'money')
        text = /^\d+(\.\d+)?$/.test(String(v))
          ? writeMoney(String(v), rule.unit ?? '万元')
          : fail(`金额“${String(v)}”无法写出`, `cannot write amount '${String(v)}'`);
      else if (rule.type === 'boolean') text = v ? '是' : '否';
      else if (typeof v === 'object') text = fail('是一组字段，须逐项映射', 'is an object: map each of its fields');
      else text = back(v);
      fields[rule.from] = text;
    }
    return errors.length ? { ok: false, errors, fields } : { ok: true, fields };
  };
  const compiled: CompiledMapping = {
    target: spec.target,
    // What is only written out (an approval's outbound rules) does not change how files are read.
    hash: payloadHash(approval ? { ...spec, outbound: writing } : spec),
    outbound: out !== undefined,
    columns: [...new Set(rules.flatMap((r) => (r.rule.from ? [r.rule.from] : [])))],
    unmap: (value) => write(value).fields,
    write,
    outboundFor(target) {
      if (target === spec.target) return out ? compiled : undefined;
      return target === 'approval' ? approvalOut : undefined;
    },
    map(record, opts) {
      const partial = opts?.partial === true;
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
          // A partial record is only what was sent: nothing is filled in or demanded.
          if (partial) continue;
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
          const known = Object.keys(rule.codes);
          // A short table is named in the error, so staff see at once what the value should have been.
          const listed = known.length <= 20 ? known.join('、') : undefined;
          const translate = (v: string) =>
            rule.codes![v] ??
            fail(
              `代码“${v}”不在代码表中${listed ? `（可用：${listed}）` : ''}`,
              `code '${v}' is not in the code table${listed ? ` (allowed: ${known.join(', ')})` : ''}`,
            ) ??
            v;
          out = Array.isArray(out) ? out.map((v) => translate(String(v))) : translate(String(out));
        }
        if (out !== undefined) setPointer(value, pointer, out);
      }
      if (errors.length) return { ok: false, errors, line: record.line };
      if (partial) return { ok: true, value, line: record.line };
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
  return compiled;
}

export function loadMapping(file: string): CompiledMapping {
  const result = check(MappingSpec, parse(readFileSync(file, 'utf8')));
  if (!result.ok)
    throw new HubError(
      'VALIDATION_FAILED',
      { count: result.details.length },
      { details: result.details.map((d) => ({ ...d, field: file })) },
    );
  const spec = result.value;
  if (!spec.extends) return compileMapping(spec);
  const base = sgsMappingSpec(spec.extends === 'shuanggongshi-xk' ? 'XK' : 'CF');
  if (base.target !== spec.target)
    throw new HubError(
      'VALIDATION_FAILED',
      { count: 1 },
      {
        details: [
          {
            field: file,
            pointer: '/target',
            zh: `${spec.extends} 的目标是 ${base.target}`,
            en: `${spec.extends} maps to ${base.target}`,
          },
        ],
      },
    );
  return compileMapping({ ...spec, fields: { ...base.fields, ...spec.fields } });
}
