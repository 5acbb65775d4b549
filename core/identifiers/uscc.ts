import { isPlausibleDivision } from './division.ts';
import { isValidOrganisationCode, organisationCodeCheckCharacter } from './organisation-code.ts';

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 * 18 characters over a 31-symbol alphabet (no I, O, S, V, Z); the last is a check character. Its structure:
 * 1 登记管理部门代码, 2 机构类别代码, 3–8 登记管理机关行政区划码, 9–17 主体标识码 (组织机构代码, GB 11714), 18 校验码.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export interface IdentifierVerdict {
  valid: boolean;
  /** Machine reason when invalid. */
  reason?:
    | 'length'
    | 'charset'
    | 'check'
    | 'birth-date'
    | 'division'
    | 'registration-authority'
    | 'category'
    | 'organisation-code';
  zh: string;
  en: string;
}

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function checkUscc(raw: string): IdentifierVerdict {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) {
    return {
      valid: false,
      reason: 'length',
      zh: `长度应为18位，实际为${code.length}位`,
      en: `must be 18 characters, got ${code.length}`,
    };
  }
  const bad = [...code].findIndex((c) => !ALPHABET.includes(c));
  if (bad >= 0) {
    return {
      valid: false,
      reason: 'charset',
      zh: `第${bad + 1}位字符“${code[bad]}”不允许出现`,
      en: `character ${bad + 1} ('${code[bad]}') is not allowed`,
    };
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      valid: false,
      reason: 'check',
      zh: `校验码应为${expected}，实际为${code[17]}`,
      en: `check character should be ${expected}, got ${code[17]}`,
    };
  }
  return (
    checkUsccStructure(code) ?? { valid: true, zh: '统一社会信用代码有效', en: 'valid unified social credit code' }
  );
}

/**
 * 登记管理部门 (position 1) and the 机构类别 each allows (position 2), GB 32100-2015 表1 with the codes
 * assigned since (A 中央军委改革和编制办公室, N 农业农村 for 农村集体经济组织).
 */
const CATEGORIES: Record<string, { authority: string; categories: string }> = {
  '1': { authority: '机构编制', categories: '1239' },
  '2': { authority: '外交', categories: '19' },
  '3': { authority: '司法行政', categories: '123459' },
  '4': { authority: '文化', categories: '19' },
  '5': { authority: '民政', categories: '1239' },
  '6': { authority: '旅游', categories: '129' },
  '7': { authority: '宗教', categories: '129' },
  '8': { authority: '工会', categories: '19' },
  '9': { authority: '工商（市场监管）', categories: '123' },
  A: { authority: '中央军委改革和编制办公室', categories: '19' },
  N: { authority: '农业农村', categories: '1239' },
  Y: { authority: '其他', categories: '1' },
};

/** The structure beyond the check character; undefined when it is sound. */
export function checkUsccStructure(code: string): IdentifierVerdict | undefined {
  const authority = CATEGORIES[code[0]!];
  if (!authority)
    return {
      valid: false,
      reason: 'registration-authority',
      zh: `第1位登记管理部门代码“${code[0]}”不存在`,
      en: `registration authority code '${code[0]}' (position 1) does not exist`,
    };
  if (!authority.categories.includes(code[1]!))
    return {
      valid: false,
      reason: 'category',
      zh: `第2位机构类别代码“${code[1]}”不属于登记管理部门“${authority.authority}”（可为 ${[...authority.categories].join('、')}）`,
      en: `category code '${code[1]}' (position 2) is not one of ${authority.authority}'s (${authority.categories})`,
    };
  const division = code.slice(2, 8);
  // 100000 stands for registration at national level (国家级登记管理机关).
  if (division !== '100000' && !isPlausibleDivision(division))
    return {
      valid: false,
      reason: 'division',
      zh: `第3–8位登记管理机关行政区划码“${division}”不是有效的行政区划代码`,
      en: `administrative division '${division}' (positions 3–8) is not a plausible division code`,
    };
  const org = code.slice(8, 17);
  if (!isValidOrganisationCode(org)) {
    const expected = /^[0-9A-Z]{8}$/.test(org.slice(0, 8)) ? organisationCodeCheckCharacter(org.slice(0, 8)) : '?';
    return {
      valid: false,
      reason: 'organisation-code',
      zh: `第9–17位组织机构代码“${org}”校验不符（GB 11714 校验码应为${expected}）`,
      en: `organisation code '${org}' (positions 9–17) fails its GB 11714 check (should end in ${expected})`,
    };
  }
  return undefined;
}
