import type { OfficialDocument } from '../gbt9704.ts';
import { dateText, issued, type Issue } from './issue.ts';

export interface CatalogueChangeNoticeData {
  recipientName: string;
  catalogueName: string;
  code: string;
  name: string;
  /** 划入 / 调整 / 取消 / 下放 / 转为备案. */
  changeTypeZh: string;
  decisionRef: string | null;
  effectiveFrom: string;
  reason: string;
  version: number;
}

const WHAT_NEXT: Record<string, string> = {
  划入: '请贵单位自生效之日起按划转后的事项做好工作承接和事中事后监管。',
  调整: '请贵单位自生效之日起按调整后的事项要素（条件、材料、标准、推送清单等）执行。',
  取消: '该事项自生效之日起不再受理；仍需监管的，请贵单位提出并落实事中事后监管措施。',
  下放: '该事项自生效之日起由下级部门实施，请贵单位同步调整监管层级。',
  转为备案: '该事项自生效之日起改为备案，由贵单位受理并监管，我局不再受理。',
};

/** 事项调整通知 (002 §3, §9; 004 #1–3): a catalogue change, its type, decision and effective date, in writing. */
export function catalogueChangeNotice(d: CatalogueChangeNoticeData, issue: Issue): OfficialDocument {
  return {
    ...issued(issue, 'letter'),
    title: `关于${d.name}事项${d.changeTypeZh}的通知`,
    addressee: d.recipientName,
    body: [
      {
        p:
          `根据${d.decisionRef ? `《${d.decisionRef}》` : '有关调整决定'}，${d.catalogueName}中“${d.name}”（编码 ${d.code}）` +
          `作如下${d.changeTypeZh}，自${dateText(d.effectiveFrom)}起施行：`,
      },
      { p: `调整类型：${d.changeTypeZh}` },
      { p: `调整决定：${d.decisionRef ?? '（未载明）'}` },
      { p: `生效日期：${dateText(d.effectiveFrom)}` },
      { p: `调整内容：${d.reason}（目录第${d.version}版）` },
      { p: WHAT_NEXT[d.changeTypeZh] ?? '请贵单位按调整后的目录执行。' },
      { p: '特此通知。' },
    ],
  };
}
