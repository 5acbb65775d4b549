import { LICENSE_CATEGORY_ZH } from './labels.ts';
import type { ApprovalDecision, SupervisionRecord } from './linkage.ts';
import type { Counterpart } from './party.ts';

/**
 * The national 双公示 data standard (2021): the 行政许可 items (XK_*) and 行政处罚 items (CF_*), in
 * the standard's column order, each with its column header, the canonical field it maps to one to
 * one, and how its text is read. docs/MAPPING.md is the human-readable copy; a test keeps the two
 * in step.
 */
export interface ItemMapping {
  item: string;
  /** The column header of the standard's template (行政相对人代码_1(统一社会信用代码) …). */
  zh: string;
  /** JSON pointer into the canonical record. */
  canonical: string;
  type?: 'date' | 'money' | 'list';
  /** Other headers real exports use for this column (older templates, short forms). */
  aliases?: string[];
}

/**
 * 行政相对人代码_N(名称): the standard's header; exports also head the column with the name alone or
 * with 行政相对人代码_N alone.
 */
function holderCode(item: string, n: number, name: string, canonical: string): ItemMapping {
  return { item, zh: `行政相对人代码_${n}(${name})`, canonical, aliases: [name, `行政相对人代码_${n}`] };
}

/** 行政相对人代码_1…_6 and the holder's identity: the same 13 leading items in XK_ and CF_. */
function counterpartItems(p: 'XK' | 'CF'): ItemMapping[] {
  return [
    { item: `${p}_XDR_MC`, zh: '行政相对人名称', canonical: '/counterpart/name' },
    { item: `${p}_XDR_LB`, zh: '行政相对人类别', canonical: '/counterpart/category' },
    holderCode(`${p}_XDR_SHXYM`, 1, '统一社会信用代码', '/counterpart/uscc'),
    holderCode(`${p}_XDR_GSZC`, 2, '工商注册号', '/counterpart/registrationNumber'),
    holderCode(`${p}_XDR_ZZJG`, 3, '组织机构代码', '/counterpart/organisationCode'),
    holderCode(`${p}_XDR_SWDJ`, 4, '税务登记号', '/counterpart/taxRegistrationNumber'),
    holderCode(`${p}_XDR_SYDW`, 5, '事业单位证书号', '/counterpart/institutionCertificateNumber'),
    holderCode(`${p}_XDR_SHZZ`, 6, '社会组织登记证号', '/counterpart/socialOrganisationNumber'),
    { item: `${p}_FRDB`, zh: '法定代表人', canonical: '/counterpart/legalRepresentative/name' },
    { item: `${p}_FR_ZJLX`, zh: '法定代表人证件类型', canonical: '/counterpart/legalRepresentative/idType' },
    {
      item: `${p}_FR_ZJHM`,
      zh: '法定代表人证件号码',
      canonical: '/counterpart/legalRepresentative/idNumber',
      // Exports of the earlier item list name it after the 身份证 alone.
      aliases: [`${p}_FR_SFZH`, '法定代表人身份证号', '法定代表人身份证号码'],
    },
    { item: `${p}_XDR_ZJLX`, zh: '证件类型', canonical: '/counterpart/idType' },
    { item: `${p}_XDR_ZJHM`, zh: '证件号码', canonical: '/counterpart/idNumber' },
  ];
}

export const LICENSE_ITEMS: ItemMapping[] = [
  ...counterpartItems('XK'),
  { item: 'XK_XKWS', zh: '行政许可决定文书名称', canonical: '/licenseDocumentName' },
  { item: 'XK_WSH', zh: '行政许可决定文书号', canonical: '/licenseDocumentNumber' },
  { item: 'XK_XKLB', zh: '许可类别', canonical: '/licenseCategory' },
  { item: 'XK_XKZS', zh: '许可证书名称', canonical: '/certificateName' },
  { item: 'XK_XKBH', zh: '许可编号', canonical: '/certificateNumber' },
  { item: 'XK_NR', zh: '许可内容', canonical: '/content' },
  { item: 'XK_JDRQ', zh: '许可决定日期', canonical: '/decisionDate', type: 'date' },
  { item: 'XK_YXQZ', zh: '有效期自', canonical: '/validFrom', type: 'date' },
  { item: 'XK_YXQZI', zh: '有效期至', canonical: '/validTo', type: 'date' },
  { item: 'XK_XKJG', zh: '许可机关', canonical: '/issuingAuthority/name' },
  { item: 'XK_XKJGDM', zh: '许可机关统一社会信用代码', canonical: '/issuingAuthority/uscc' },
  { item: 'XK_ZT', zh: '当前状态', canonical: '/status' },
  { item: 'XK_LYDW', zh: '数据来源单位', canonical: '/dataSource/name' },
  { item: 'XK_LYDWDM', zh: '数据来源单位统一社会信用代码', canonical: '/dataSource/uscc' },
  { item: 'BZ', zh: '备注', canonical: '/remarks' },
];

export const PENALTY_ITEMS: ItemMapping[] = [
  ...counterpartItems('CF'),
  { item: 'CF_WSH', zh: '行政处罚决定书文号', canonical: '/documentNumber' },
  { item: 'CF_WFXW', zh: '违法行为类型', canonical: '/violationType' },
  { item: 'CF_SY', zh: '违法事实', canonical: '/facts' },
  { item: 'CF_YJ', zh: '处罚依据', canonical: '/basis' },
  { item: 'CF_CFLB', zh: '处罚类别', canonical: '/penaltyCategories', type: 'list' },
  { item: 'CF_NR', zh: '处罚内容', canonical: '/content' },
  { item: 'CF_NR_FK', zh: '罚款金额（万元）', canonical: '/fineWanYuan', type: 'money', aliases: ['罚款金额'] },
  {
    item: 'CF_NR_WFFF',
    zh: '没收违法所得、没收非法财物的金额（万元）',
    canonical: '/confiscatedWanYuan',
    type: 'money',
    aliases: ['没收违法所得、没收非法财物的金额'],
  },
  { item: 'CF_NR_ZKDX', zh: '暂扣或吊销证照名称及编号', canonical: '/suspendedLicense' },
  { item: 'CF_JDRQ', zh: '处罚决定日期', canonical: '/decisionDate', type: 'date' },
  { item: 'CF_YXQ', zh: '处罚有效期', canonical: '/validUntil', type: 'date' },
  { item: 'CF_GSJZQ', zh: '公示截止期', canonical: '/publicUntil', type: 'date' },
  { item: 'CF_CFJG', zh: '处罚机关', canonical: '/authority/name' },
  { item: 'CF_CFJGDM', zh: '处罚机关统一社会信用代码', canonical: '/authority/uscc' },
  { item: 'CF_SJLY', zh: '数据来源单位', canonical: '/dataSource/name' },
  { item: 'CF_SJLYDM', zh: '数据来源单位统一社会信用代码', canonical: '/dataSource/uscc' },
  { item: 'BZ', zh: '备注', canonical: '/remarks' },
];

/** Value vocabularies of the standard (行政相对人类别, 证件类型). */
const COUNTERPART_CATEGORY_ZH: Record<Counterpart['category'], string> = {
  organisation: '法人及非法人组织',
  'natural-person': '自然人',
  'individual-business': '个体工商户',
};
const ID_TYPE_ZH: Record<NonNullable<Counterpart['idType']>, string> = {
  'resident-id': '身份证',
  passport: '护照号',
  'hk-macao-permit': '港澳居民来往内地通行证',
  'taiwan-permit': '台湾居民来往大陆通行证',
  'foreign-residence-permit': '外国人永久居留身份证',
  other: '其他',
};
/**
 * 处罚类别 (CF_CFLB): the kinds of 行政处罚法 (2021) art. 9 — (一) 警告、通报批评; (二) 罚款、没收违法所得、
 * 没收非法财物; (三) 暂扣许可证件、降低资质等级、吊销许可证件; (四) 限制开展生产经营活动、责令停产停业、
 * 责令关闭、限制从业; (五) 行政拘留; (六) 其他. `confiscation` is the pre-2021 single item kept for
 * records stored before the split; it goes out as both 2021 values.
 */
const PENALTY_CATEGORY_ZH: Record<NonNullable<SupervisionRecord['penaltyCategories']>[number], string> = {
  warning: '警告',
  'circulated-criticism': '通报批评',
  fine: '罚款',
  'confiscation-of-gains': '没收违法所得',
  'confiscation-of-property': '没收非法财物',
  confiscation: '没收违法所得;没收非法财物',
  'license-suspension': '暂扣许可证件',
  'qualification-downgrade': '降低资质等级',
  'license-revocation': '吊销许可证件',
  'business-restriction': '限制开展生产经营活动',
  'production-suspension': '责令停产停业',
  closure: '责令关闭',
  'employment-restriction': '限制从业',
  detention: '行政拘留',
  other: '其他',
};
/** 当前状态 (XK_ZT): 1 有效, 2 无效. */
const STATUS_CODE = { valid: '1', invalid: '2' } as const;

/** 长期 is published as 2099/12/31 in the national data. */
export const LONG_TERM_DATE = '2099/12/31';

/** What each canonical enum value is called in the national items, by pointer. */
export const VALUE_LABELS: Record<string, Record<string, string>> = {
  '/counterpart/category': COUNTERPART_CATEGORY_ZH,
  '/counterpart/idType': ID_TYPE_ZH,
  '/counterpart/legalRepresentative/idType': ID_TYPE_ZH,
  '/licenseCategory': LICENSE_CATEGORY_ZH,
  '/status': STATUS_CODE,
  '/penaltyCategories': PENALTY_CATEGORY_ZH,
};

function getPointer(obj: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

function setPointer(obj: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys.at(-1)!] = value;
}

/** The standard writes dates as YYYY/MM/DD. */
function nationalDate(iso: string): string {
  return iso === 'long-term' ? LONG_TERM_DATE : iso.replaceAll('-', '/');
}

function toItems(record: unknown, items: ItemMapping[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of items) {
    const v = getPointer(record, m.canonical);
    if (v === undefined || v === null || v === '') continue;
    const labels = VALUE_LABELS[m.canonical];
    out[m.item] = Array.isArray(v)
      ? v.map((x) => labels?.[x] ?? x).join(';')
      : labels
        ? (labels[String(v)] ?? String(v))
        : m.type === 'date'
          ? nationalDate(String(v))
          : String(v);
  }
  return out;
}

function fromItems(values: Record<string, string>, items: ItemMapping[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of items) {
    const raw = values[m.item];
    if (raw === undefined || raw === '') continue;
    const labels = VALUE_LABELS[m.canonical];
    const back = (t: string) => (labels ? (Object.keys(labels).find((k) => labels[k] === t) ?? t) : t);
    const value =
      m.type === 'list'
        ? raw.split(/[,，;；]/).map((s) => back(s.trim()))
        : m.type === 'date'
          ? raw === LONG_TERM_DATE
            ? 'long-term'
            : raw.replaceAll('/', '-')
          : back(raw);
    setPointer(out, m.canonical, value);
  }
  return out;
}

/** An approval decision as 双公示 行政许可 items (without the matter and linkage fields, which the national set lacks). */
export function approvalToLicenseItems(a: ApprovalDecision): Record<string, string> {
  return toItems(a, LICENSE_ITEMS);
}

/** The canonical fields recoverable from 行政许可 items; the caller adds matterCode, decisionKind and mode. */
export function licenseItemsToApproval(values: Record<string, string>): Partial<ApprovalDecision> {
  return fromItems(values, LICENSE_ITEMS) as Partial<ApprovalDecision>;
}

export function supervisionToPenaltyItems(r: SupervisionRecord): Record<string, string> {
  return toItems(r, PENALTY_ITEMS);
}

export function penaltyItemsToSupervision(values: Record<string, string>): Partial<SupervisionRecord> {
  return fromItems(values, PENALTY_ITEMS) as Partial<SupervisionRecord>;
}
