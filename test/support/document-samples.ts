import type { OfficialDocument } from '../../templates/gbt9704.ts';
import { commitmentDocument } from '../../templates/documents/commitment.ts';
import type { Issue } from '../../templates/documents/issue.ts';
import {
  entrustment,
  inquiryLetter,
  inquiryReply,
  jointHandlingNotice,
  surveyReport,
  type SpecialReviewData,
} from '../../templates/documents/joint-work.ts';
import {
  applicantLetter,
  approvalNotification,
  licenseActionRequest,
  revocationAnswer,
  type CounterpartDetails,
} from '../../templates/documents/letters.ts';
import { monthlyReport, type MonthlyReportFigures } from '../../templates/documents/monthly-report.ts';
import { sealSpec } from '../../templates/seal.ts';

/**
 * One document of every kind, composed from fixed records as the flows would, for the golden-text
 * and layout tests and for looking at the pages (`node --import tsx test/support/render-samples.ts`).
 */
const RULES = '《高青县行政审批与监管协调联动实施办法》（高政办字〔2021〕45号）';
const bureau = (number: string, date: string): Issue => ({
  issuer: '高青县行政审批服务局',
  number,
  date,
  seal: sealSpec('高青县人民政府行政审批服务局行政审批专用章'),
  rules: RULES,
});
const scjg = (number: string, date: string): Issue => ({
  issuer: '高青县市场监督管理局',
  number,
  date,
  seal: { rim: '高青县市场监督管理局', bottom: '' },
  rules: RULES,
});

// 堃 is not in GB 2312 (nor in FandolFang): the Song face supplies it glyph by glyph.
const counterpart: CounterpartDetails = {
  name: '高青县福源堃餐饮有限公司',
  category: 'organisation',
  id: '91370322MA3C4Q8N1X',
  legalRepresentative: '王建国',
  contactPerson: '李娜',
  phone: '0533-6812345',
  address: '高青县田镇街道青城路88号',
};

const review: SpecialReviewData = {
  to: '高青县市场监督管理局',
  applicationRef: 'GQ-2026-0610-07',
  matterName: '食品生产许可',
  procedureName: '现场核查',
  applicant: { name: counterpart.name, id: counterpart.id },
  site: '高青县经济开发区富源路16号生产车间',
  scheduledForLocal: '2026-06-12T09:00:00+08:00',
  conclusionDueLocal: '2026-06-18T00:00:00+08:00',
  materials: ['车间平面图.pdf', '生产工艺流程图.pdf'],
  liaison: '李四，电话 0533-6961234',
};

const departments = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`d${i + 1}`, `县直第${i + 1}监管部门`]));

/** A month of 88 departments with varied figures, the scale the 月度通报 must read well at. */
function monthlyFigures(n = 88): MonthlyReportFigures {
  const names = departments(n);
  const codes = Object.keys(names);
  return {
    month: '2026-06',
    jurisdiction: '高青县',
    departmentNames: { ...names, d1: '高青县市场监督管理局', d2: '高青县卫生健康局', d3: '高青县人力资源和社会保障局' },
    approvals: codes.map((code, i) => ({
      department: code,
      pushed: (i * 37) % 23,
      claimedOnTime: Math.max(0, ((i * 37) % 23) - (i % 5 === 0 ? 2 : 0)),
      autoClaimed: i % 5 === 0 && (i * 37) % 23 >= 2 ? 1 : 0,
      escalated: 0,
      disputed: i % 17 === 0 ? 1 : 0,
      overdue: i % 5 === 0 && (i * 37) % 23 >= 2 ? 1 : 0,
      pushIsClaim: 0,
      letters: i % 29 === 0 ? 1 : 0,
      avgClaimWorkingHours: (i * 37) % 23 ? Number((((i * 13) % 70) / 10 + 0.5).toFixed(1)) : null,
    })),
    supervision: codes.slice(0, 40).map((code, i) => ({
      department: code,
      pushed: (i * 7) % 9,
      claimedOnTime: (i * 7) % 9,
      autoClaimed: 0,
      disputed: 0,
      overdue: 0,
    })),
    licenseActions: [{ department: 'd1', requested: 2, approved: 1, rejected: 0, open: 1 }],
    commitments: {
      total: 14,
      postVerification: 9,
      verifiedOnTime: 7,
      verifiedLate: 1,
      overdue: 1,
      rectifying: 1,
      revoked: 0,
    },
  };
}

/** The 告知承诺书 as issued, and as the 告知函 of the same matter encloses it. */
const commitmentSample = (): OfficialDocument =>
  commitmentDocument(
    {
      matterName: '食品经营许可',
      counterpart,
      legalBasis: ['《中华人民共和国食品安全法》第三十五条', '《食品经营许可和备案管理办法》第十二条'],
      conditions: ['具有与经营的食品品种、数量相适应的经营场所', '具有食品安全管理人员和保证食品安全的规章制度'],
      materials: ['食品经营许可申请书.pdf', '营业执照复印件', '经营场所平面布局图', '食品安全管理制度文本'],
      proofObligations: [],
      commitmentMethod: '申请人书面承诺已经符合许可条件，并按要求提交承诺书',
      supervisionMethod: '纳入日常监管，开展“双随机、一公开”抽查',
      liability: '申请人作出不实承诺的，依法撤销行政许可，并记入信用记录',
      published: true,
      rightToVerify: '行政审批机关和监管部门有权对承诺内容进行核查',
      signedAt: '2026-06-10T10:00:00+08:00',
      verification: '审批机关将于2026年6月25日前完成后置核验。',
    },
    bureau('高审批诺〔2026〕7号', '2026-06-10'),
  );

export const SAMPLES: Record<string, () => OfficialDocument> = {
  'approval-notification': () =>
    approvalNotification(
      {
        recipientName: '高青县卫生健康局',
        matterName: '食品经营许可',
        counterpart,
        licenseDocumentNumber: 'JY23703220012345',
        decisionKind: 'establish',
        decisionDate: '2026-06-10',
        validFrom: '2026-06-10',
        validTo: '2031-06-09',
        content: '热食类食品制售（不含冷食、生食），经营场所面积120平方米',
        certificate: '食品经营许可证（JY23703220012345）',
        mode: 'commitment',
        commitment: { ref: '高审批诺〔2026〕7号', document: commitmentSample() },
        claimDueLocal: '2026-06-12T00:00:00+08:00',
        disputeDueLocal: '2026-06-12T00:00:00+08:00',
        onExpiry: 'auto-claim',
        cc: ['高青县人民政府办公室'],
      },
      bureau('高审批函〔2026〕12号', '2026-06-10'),
    ),
  'license-action-request': () =>
    licenseActionRequest(
      {
        bureauName: '高青县行政审批服务局',
        departmentName: '高青县市场监督管理局',
        action: 'revoke',
        counterpartName: counterpart.name,
        licenseDocumentNumber: 'JY23703220012345',
        matterName: '食品经营许可',
        reason: '查实其以提交虚假材料的手段取得许可',
        penaltyDocumentNumber: '高市监罚〔2026〕56号',
        penaltyBasis: '《中华人民共和国行政许可法》第六十九条',
        penaltyResult: '撤销许可',
        evidence: ['行政处罚决定书.pdf', '现场检查笔录.pdf'],
      },
      scjg('高市监函〔2026〕3号', '2026-06-15'),
    ),
  'applicant-letter': () =>
    applicantLetter(
      {
        counterpartName: counterpart.name,
        counterpartCategory: 'organisation',
        matterName: '食品经营许可',
        action: 'revoke',
        licenseDocumentNumber: 'JY23703220012345',
        requestReason: '查实其以提交虚假材料的手段取得许可。',
        requestedBy: '高青县市场监督管理局',
        reason: '经审核，依法撤销。',
      },
      bureau('高审批函〔2026〕15号', '2026-06-17'),
    ),
  'revocation-answer': () =>
    revocationAnswer(
      {
        requesterName: '张明',
        requesterCategory: 'natural-person',
        licenseDocumentNumber: 'JY23703220012345',
        requestedOn: '2026-06-20',
        outcome: 'keep',
        answer: '经现场核查，该店经营场所、设施设备与许可内容一致，未发现以欺骗、贿赂等不正当手段取得许可的情形',
      },
      bureau('高审批函〔2026〕19号', '2026-06-28'),
    ),
  commitment: () => commitmentSample(),
  'joint-handling-notice': () => jointHandlingNotice(review, bureau('高审批通〔2026〕4号', '2026-06-10')),
  entrustment: () =>
    entrustment(
      { ...review, to: '县食品安全技术服务中心', periodFromLocal: '2026-06-10T10:00:00+08:00' },
      bureau('高审批委〔2026〕2号', '2026-06-10'),
    ),
  'survey-report': () =>
    surveyReport(
      {
        applicationRef: review.applicationRef,
        matterName: review.matterName,
        applicant: review.applicant,
        site: review.site,
        departmentName: '高青县市场监督管理局',
        surveyedLocal: '2026-06-12T09:00:00+08:00',
        findings: '生产车间布局符合要求，原料库与成品库分区设置；防蝇设施待完善',
        conclusion: '基本符合食品生产许可条件，防蝇设施于5个工作日内整改到位后予以许可',
        signatures: [
          { party: 'bureau', name: '李四', atLocal: '2026-06-12T11:30:00+08:00' },
          { party: 'department', name: '张工', atLocal: '2026-06-12T11:35:00+08:00' },
        ],
      },
      bureau('高审批报〔2026〕3号', '2026-06-12'),
    ),
  inquiry: () =>
    inquiryLetter(
      {
        fromName: '高青县行政审批服务局',
        toName: '高青县市场监督管理局',
        subject: '小餐饮布点规划',
        question: '城区小餐饮布点规划是否调整，调整后的准入条件如何把握',
        dueLocal: '2026-06-17T00:00:00+08:00',
        attachments: ['城区小餐饮分布图.pdf'],
      },
      bureau('高审批函〔2026〕13号', '2026-06-10'),
    ),
  'inquiry-reply': () =>
    inquiryReply(
      {
        fromName: '高青县行政审批服务局',
        toName: '高青县市场监督管理局',
        subject: '小餐饮布点规划',
        question: '',
        dueLocal: '2026-06-17T00:00:00+08:00',
        attachments: [],
        inquiryNumber: '高审批函〔2026〕13号',
        inquiryDate: '2026-06-10',
        answer: '暂不调整',
        deemedConsent: false,
      },
      scjg('高市监函〔2026〕4号', '2026-06-15'),
    ),
  'deemed-consent': () =>
    inquiryReply(
      {
        fromName: '高青县行政审批服务局',
        toName: '高青县市场监督管理局',
        subject: '准入标准调整',
        question: '',
        dueLocal: '2026-06-17T00:00:00+08:00',
        attachments: [],
        inquiryNumber: '高审批函〔2026〕14号',
        inquiryDate: '2026-06-10',
        answer: null,
        deemedConsent: true,
      },
      bureau('高审批函〔2026〕16号', '2026-06-17'),
    ),
  'monthly-report': () => monthlyReport(monthlyFigures(), bureau('高审批发〔2026〕1号', '2026-07-01')),
};
