import type { LICENSE_CATEGORIES, SPECIAL_REVIEW_HANDLING, SPECIAL_REVIEW_PROCEDURES } from './catalogue.ts';
import type { SUPERVISION_KINDS } from './linkage.ts';

/** Chinese labels of the canonical enums: the words staff and legacy exports use. */
export const LICENSE_CATEGORY_ZH: Record<(typeof LICENSE_CATEGORIES)[number], string> = {
  ordinary: '普通',
  franchise: '特许',
  recognition: '认可',
  approval: '核准',
  registration: '登记',
  other: '其他',
};

export const SPECIAL_REVIEW_ZH: Record<(typeof SPECIAL_REVIEW_PROCEDURES)[number], string> = {
  'site-inspection': '现场核查',
  tender: '招标',
  auction: '拍卖',
  inspection: '检验',
  testing: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  examination: '考试',
  assessment: '考核',
  'expert-review': '专家评审',
  'technical-review': '技术审查',
  hearing: '听证',
  'stakeholder-opinion': '听取利害关系人意见',
  'collective-review': '集体审查',
};

export const HANDLING_ZH: Record<(typeof SPECIAL_REVIEW_HANDLING)[number], string> = {
  independent: '独立',
  joint: '联合',
  entrusted: '委托',
};

export const SUPERVISION_KIND_ZH: Record<(typeof SUPERVISION_KINDS)[number], string> = {
  penalty: '行政处罚',
  'suspension-order': '责令停产停业',
  'license-revocation': '吊销许可证件',
  'abnormal-operation': '经营异常名录',
  'dishonest-list': '失信名单',
  training: '业务培训',
  'regulation-change': '法律法规、政策调整',
  'standard-change': '技术标准、管理规范调整',
  'quota-control': '总量控制',
  'planning-restriction': '规划限制',
};

export const CREDIT_MODE_ZH = { 'no-onsite-check': '免于现场核验', 'post-verification': '后置核验' } as const;

export const SUPERVISION_LEVEL_ZH = { national: '国家', provincial: '省', municipal: '市', county: '县' } as const;

/** Reverse lookup: a Chinese label (or the canonical value itself) to the canonical value. */
export function fromLabel<T extends string>(labels: Record<T, string>, text: string): T | undefined {
  const t = text.trim();
  if (t in labels) return t as T;
  return (Object.keys(labels) as T[]).find((k) => labels[k] === t);
}
