import type { MappingSpec } from '../adapters/mapping.ts';
import { LONG_TERM_DATE, VALUE_LABELS } from '../schema/shuanggongshi.ts';
import { KIND_ITEMS, type SgsKind } from './sgs-format.ts';

type FieldRules = MappingSpec['fields'];

/** 长期 (2099/12/31) in each date form an export may write it (the mapping reads all of them as dates). */
const LONG_TERM_FORMS = [LONG_TERM_DATE, '2099-12-31', '20991231', '2099.12.31', '2099年12月31日', '长期'];

/** Required by the standard (and by the canonical record): a missing one is an error naming its column. */
const REQUIRED: Record<SgsKind, string[]> = {
  XK: ['XK_XDR_MC', 'XK_XDR_LB', 'XK_WSH', 'XK_XKLB', 'XK_NR', 'XK_JDRQ', 'XK_YXQZ', 'XK_YXQZI', 'XK_XKJG', 'XK_ZT'],
  CF: ['CF_XDR_MC', 'CF_XDR_LB', 'CF_WSH', 'CF_CFLB', 'CF_NR', 'CF_JDRQ', 'CF_CFJG'],
};

/**
 * The value lists of the standard as mapping code tables: each label → its canonical value. XK_ZT
 * takes the 2021 codes 1 有效 / 2 无效 (and the words), and 0 / 正常 as exports still written with the
 * 2016 template's status list (0 正常, 1 撤销, 2 异议, 3 其他) give it: a licence in such a file is
 * valid. The 2016 list's other codes are not read — its 1 means the opposite of the 2021 code, and
 * the file's 2021 columns say which list the file follows (docs/SHUANGGONGSHI.md).
 */
function codesFor(pointer: string): Record<string, string> | undefined {
  const labels = VALUE_LABELS[pointer];
  if (!labels) return undefined;
  const codes: Record<string, string> = {};
  for (const [canonical, label] of Object.entries(labels)) {
    // The pre-2021 combined label splits into the two 2021 values when read as a list.
    if (label.includes(';')) continue;
    codes[label] = canonical;
  }
  if (pointer === '/status') Object.assign(codes, { 有效: 'valid', 无效: 'invalid', '0': 'valid', 正常: 'valid' });
  return codes;
}

/**
 * The built-in mapping of a 双公示 kind: every item of the standard to its canonical field, with
 * the standard's value lists, dates (YYYY/MM/DD, YYYY-MM-DD …; 2099/12/31 is 长期) and amounts in
 * 万元. XK_ rows also need the catalogue's matter code, which the standard lacks: by default an
 * extension column 事项编码; an adapter can map it from 许可证书名称 with a code table instead.
 */
export function sgsMappingSpec(kind: SgsKind): MappingSpec {
  const fields: FieldRules = {};
  for (const m of KIND_ITEMS[kind]) {
    const codes = codesFor(m.canonical);
    fields[m.canonical] = {
      from: m.item,
      ...(m.type ? { type: m.type } : {}),
      ...(m.type === 'money' ? { unit: '万元' as const } : {}),
      ...(m.type === 'date' ? { longTerm: LONG_TERM_FORMS } : {}),
      ...(codes ? { codes } : {}),
      ...(REQUIRED[kind].includes(m.item) ? { required: true } : {}),
    };
  }
  if (kind === 'XK') {
    fields['/matterCode'] = { from: '事项编码', required: true };
    fields['/decisionKind'] = { default: 'establish' };
    fields['/mode'] = { default: 'ordinary' };
    return { target: 'approval', fields };
  }
  fields['/kind'] = { default: 'penalty' };
  return { target: 'supervision-record', fields };
}
