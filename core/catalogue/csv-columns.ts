import type { CatalogueKind } from '../schema/catalogue.ts';
import {
  CREDIT_MODE_ZH,
  HANDLING_ZH,
  LICENSE_CATEGORY_ZH,
  SPECIAL_REVIEW_ZH,
  SUPERVISION_LEVEL_ZH,
  fromLabel,
} from '../schema/labels.ts';

/** A cell that cannot be read; `zh`/`en` say why. */
export class CellError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** One CSV column of a catalogue: its Chinese header, the entry field it fills, and both directions. */
export interface Column {
  header: string;
  /** Dotted path into the entry, e.g. `boundary.approvalEndsAt`; `$effectiveFrom` / `$reason` are change metadata. */
  field: string;
  read(cell: string): unknown;
  write(value: unknown): string;
}

const SEP = /[；;\n]/;

/** Variant spellings in real exports: full-width parentheses, stray spaces, `_` for `-`. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/_/g, '-')
    .replace(/^\uFEFF/, '');
}

const text = (header: string, field: string): Column => ({
  header,
  field,
  read: (c) => c || undefined,
  write: (v) => (v == null ? '' : String(v)),
});

const list = (header: string, field: string): Column => ({
  header,
  field,
  read: (c) =>
    c
      .split(SEP)
      .map((s) => s.trim())
      .filter(Boolean),
  write: (v) => ((v as string[] | undefined) ?? []).join('；'),
});

const integer = (header: string, field: string): Column => ({
  header,
  field,
  read: (c) => {
    if (!/^\d+$/.test(c)) throw new CellError(`“${c}”不是整数`, `'${c}' is not a whole number`);
    return Number(c);
  },
  write: (v) => String(v ?? ''),
});

const yesNo = (header: string, field: string): Column => ({
  header,
  field,
  read: (c) => {
    if (['是', 'Y', 'y', 'true', '1'].includes(c)) return true;
    if (['否', 'N', 'n', 'false', '0', ''].includes(c)) return false;
    throw new CellError(`“${c}”应为 是 或 否`, `'${c}' must be 是 or 否`);
  },
  write: (v) => (v ? '是' : '否'),
});

const label = <T extends string>(header: string, field: string, labels: Record<T, string>): Column => ({
  header,
  field,
  read: (c) => {
    if (!c) return undefined;
    const v = fromLabel(labels, c);
    if (!v)
      throw new CellError(
        `“${c}”不是可选值（${Object.values(labels).join('、')}）`,
        `'${c}' is not one of ${Object.values(labels).join(', ')}`,
      );
    return v;
  },
  write: (v) => (v ? labels[v as T] : ''),
});

const MATERIAL_OPTIONAL = /[(（](非必需|可选|选填)[)）]$/;

const MATTER_COLUMNS: Column[] = [
  text('事项编码', 'code'),
  text('事项名称', 'name'),
  label('许可类别', 'licenseCategory', LICENSE_CATEGORY_ZH),
  list('设定依据', 'legalBasis'),
  list('受理条件', 'conditions'),
  {
    header: '申请材料',
    field: 'materials',
    read: (c) =>
      c
        .split(SEP)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => ({ name: s.replace(MATERIAL_OPTIONAL, ''), required: !MATERIAL_OPTIONAL.test(s) })),
    write: (v) =>
      ((v as { name: string; required: boolean }[] | undefined) ?? [])
        .map((m) => (m.required ? m.name : `${m.name}（非必需）`))
        .join('；'),
  },
  list('办理流程', 'process'),
  integer('承诺时限(工作日)', 'timeLimitDays'),
  text('收费标准', 'fees'),
  text('审批标准', 'approvalStandard'),
  text('制式证照', 'licenseTemplate'),
  list('监管部门', 'supervisionDepartments'),
  text('划转日期', 'transferDate'),
  yesNo('重要审批事项', 'major'),
  label('信用审批方式', 'creditApproval.mode', CREDIT_MODE_ZH),
  list('承诺条件', 'creditApproval.conditions'),
  list('承诺材料', 'creditApproval.materials'),
  {
    // 程序/方式/部门代码或受托机构, e.g. 现场核查/联合/rsj；专家评审/委托/某评审中心
    header: '特别审查程序',
    field: 'specialReviews',
    read: (c) =>
      c
        .split(SEP)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((item) => {
          const [proc = '', how = '', who] = item.split(/[/／]/).map((s) => s.trim());
          const procedure = fromLabel(SPECIAL_REVIEW_ZH, proc);
          const handling = fromLabel(HANDLING_ZH, how);
          if (!procedure || !handling)
            throw new CellError(
              `“${item}”应写作 程序/独立|联合|委托/部门或机构`,
              `'${item}' must read procedure/handling/party`,
            );
          const party = !who
            ? {}
            : handling === 'entrusted' && !/^[A-Za-z0-9._-]+$/.test(who)
              ? { thirdParty: who }
              : { department: who };
          return { procedure, handling, ...party };
        }),
    write: (v) =>
      (
        (v as
          | {
              procedure: keyof typeof SPECIAL_REVIEW_ZH;
              handling: keyof typeof HANDLING_ZH;
              department?: string;
              thirdParty?: string;
            }[]
          | undefined) ?? []
      )
        .map((r) =>
          [SPECIAL_REVIEW_ZH[r.procedure], HANDLING_ZH[r.handling], r.department ?? r.thirdParty]
            .filter(Boolean)
            .join('/'),
        )
        .join('；'),
  },
  {
    // 部门代码:字段,字段；… e.g. rsj:事项名称,许可文号
    header: '推送清单',
    field: 'pushList',
    read: (c) =>
      c
        .split(SEP)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((item) => {
          const [department = '', fields = ''] = item.split(/[:：]/);
          return {
            department: department.trim(),
            fields: fields
              .split(/[,，、]/)
              .map((f) => f.trim())
              .filter(Boolean),
          };
        }),
    write: (v) =>
      ((v as { department: string; fields: string[] }[] | undefined) ?? [])
        .map((p) => `${p.department}:${p.fields.join('、')}`)
        .join('；'),
  },
  text('审批责任止于', 'boundary.approvalEndsAt'),
  text('监管责任始于', 'boundary.supervisionStartsAt'),
  text('生效日期', '$effectiveFrom'),
  text('变更原因', '$reason'),
];

const SUPERVISION_MATTER_COLUMNS: Column[] = [
  text('监管事项编码', 'code'),
  text('监管事项名称', 'name'),
  text('监管部门', 'department'),
  text('监管对象', 'objects'),
  list('监管措施', 'measures'),
  list('设定依据', 'legalBasis'),
  text('监管结果', 'results'),
  label('监管层级', 'level', SUPERVISION_LEVEL_ZH),
  text('反馈机制', 'feedback'),
  list('关联审批事项', 'matterCodes'),
  text('生效日期', '$effectiveFrom'),
  text('变更原因', '$reason'),
];

export const COLUMNS: Record<CatalogueKind, Column[]> = {
  matter: MATTER_COLUMNS,
  'supervision-matter': SUPERVISION_MATTER_COLUMNS,
};

/** Which catalogue a CSV holds, from its headers. */
export function detectKind(headers: string[]): CatalogueKind | undefined {
  const h = headers.map(normaliseHeader);
  if (h.includes(normaliseHeader('监管事项编码'))) return 'supervision-matter';
  if (h.includes(normaliseHeader('事项编码'))) return 'matter';
  return undefined;
}
