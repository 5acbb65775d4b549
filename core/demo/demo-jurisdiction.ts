import type { Matter, SupervisionMatter } from '../schema/catalogue.ts';
import type { Department } from '../schema/party.ts';

/**
 * A county with a bureau, three supervision departments and a dozen transferred matters, so a new hub has
 * something to show.
 */
export const DEMO_DEPARTMENTS: Department[] = [
  { code: 'bureau', name: '高青县行政审批服务局', kind: 'bureau', uscc: '11370322MB2850914M', onlineChannel: true },
  { code: 'reform', name: '高青县行政审批制度改革办公室', kind: 'reform-office', onlineChannel: true },
  { code: 'scjg', name: '高青县市场监督管理局', kind: 'department', uscc: '11370322MB2850783E', onlineChannel: true },
  {
    code: 'rsj',
    name: '高青县人力资源和社会保障局',
    kind: 'department',
    uscc: '11370322004341201D',
    onlineChannel: true,
  },
  { code: 'wjj', name: '高青县卫生健康局', kind: 'department', uscc: '11370322MB2850602D', onlineChannel: false },
  { code: 'zb-scjg', name: '淄博市市场监督管理局', kind: 'higher-level', forwardsTo: 'scjg', onlineChannel: true },
];

const base = {
  conditions: ['申请人具有相应的场所、设备和人员', '符合法律法规规定的其他条件'],
  process: ['受理', '审查', '决定', '送达'],
  fees: '不收费',
  transferDate: '2021-11-01',
  major: false,
  specialReviews: [],
  pushList: [],
};

function matter(
  code: string,
  name: string,
  department: string,
  legalBasis: string,
  extra: Partial<Matter> = {},
): Matter {
  return {
    ...base,
    code,
    name,
    licenseCategory: 'ordinary',
    legalBasis: [legalBasis],
    materials: [
      { name: '申请书', required: true },
      { name: '营业执照或身份证明', required: true },
    ],
    timeLimitDays: 10,
    approvalStandard:
      `${name}审批标准（由` +
      `${department === 'scjg' ? '市场监督管理局' : department === 'rsj' ? '人力资源和社会保障局' : '卫生健康局'}提供）`,
    supervisionDepartments: [department],
    boundary: {
      approvalEndsAt: '作出许可决定并推送审批信息',
      supervisionStartsAt: '监管部门认领审批信息（超时视为自动认领）',
    },
    pushList: [{ department, fields: ['事项名称', '行政相对人名称', '联系方式', '许可文号', '许可日期', '有效期'] }],
    ...extra,
  };
}

export const DEMO_MATTERS: Matter[] = [
  matter('SC-001', '食品经营许可', 'scjg', '《中华人民共和国食品安全法》第三十五条', {
    creditApproval: { mode: 'post-verification', conditions: ['经营场所与承诺一致'], materials: ['告知承诺书'] },
    specialReviews: [{ procedure: 'site-inspection', handling: 'joint', department: 'scjg' }],
    supervisionDepartments: ['scjg', 'zb-scjg'],
  }),
  matter('SC-002', '食品生产许可', 'scjg', '《中华人民共和国食品安全法》第三十五条', {
    major: true,
    specialReviews: [{ procedure: 'site-inspection', handling: 'joint', department: 'scjg' }],
  }),
  matter('SC-003', '药品零售企业许可', 'scjg', '《中华人民共和国药品管理法》第五十一条'),
  matter('SC-004', '特种设备使用登记', 'scjg', '《中华人民共和国特种设备安全法》第三十三条', {
    licenseCategory: 'registration',
  }),
  matter('RS-001', '人力资源服务许可', 'rsj', '《人力资源市场暂行条例》第十八条', {
    creditApproval: {
      mode: 'no-onsite-check',
      conditions: ['有与开展业务相适应的场所、设施'],
      materials: ['告知承诺书'],
    },
  }),
  matter('RS-002', '劳务派遣经营许可', 'rsj', '《中华人民共和国劳动合同法》第五十七条', {
    specialReviews: [{ procedure: 'expert-review', handling: 'entrusted', thirdParty: '县人力资源服务评审中心' }],
  }),
  matter('RS-003', '民办职业培训学校设立审批', 'rsj', '《中华人民共和国民办教育促进法》第十二条', {
    specialReviews: [{ procedure: 'site-inspection', handling: 'joint', department: 'rsj' }],
  }),
  matter('RS-004', '企业实行不定时工作制和综合计算工时工作制审批', 'rsj', '《中华人民共和国劳动法》第三十九条', {
    licenseCategory: 'approval',
  }),
  matter('WJ-001', '公共场所卫生许可', 'wjj', '《公共场所卫生管理条例》第八条', {
    creditApproval: { mode: 'no-onsite-check', conditions: ['卫生设施符合标准'], materials: ['告知承诺书'] },
  }),
  matter('WJ-002', '医疗机构执业登记', 'wjj', '《医疗机构管理条例》第十五条', {
    licenseCategory: 'registration',
    major: true,
  }),
  matter('WJ-003', '放射诊疗许可', 'wjj', '《放射诊疗管理规定》第十一条', {
    specialReviews: [{ procedure: 'technical-review', handling: 'entrusted', thirdParty: '省职业病防治院' }],
  }),
  matter('WJ-004', '母婴保健技术服务执业许可', 'wjj', '《中华人民共和国母婴保健法》第三十二条'),
];

export const DEMO_SUPERVISION_MATTERS: SupervisionMatter[] = [
  {
    code: 'JG-SC-001',
    name: '食品经营者监督检查',
    department: 'scjg',
    objects: '取得食品经营许可的经营者',
    measures: ['双随机抽查', '日常检查', '信用分级分类监管'],
    legalBasis: ['《中华人民共和国食品安全法》第一百一十条'],
    results: '检查结果公示，违法行为依法处罚',
    level: 'county',
    feedback: '处罚涉及许可的，函告行政审批服务局',
    matterCodes: ['SC-001'],
  },
  {
    code: 'JG-RS-001',
    name: '人力资源服务机构监督检查',
    department: 'rsj',
    objects: '取得人力资源服务许可的机构',
    measures: ['年度报告公示', '双随机抽查'],
    legalBasis: ['《人力资源市场暂行条例》第三十五条'],
    results: '检查结果公示',
    level: 'county',
    feedback: '监管信息推送行政审批服务局',
    matterCodes: ['RS-001', 'RS-002'],
  },
  {
    code: 'JG-WJ-001',
    name: '公共场所卫生监督检查',
    department: 'wjj',
    objects: '取得公共场所卫生许可的经营单位',
    measures: ['日常监督', '专项检查'],
    legalBasis: ['《公共场所卫生管理条例》第十条'],
    results: '监督意见书',
    level: 'county',
    feedback: '吊销许可的函告行政审批服务局',
    matterCodes: ['WJ-001'],
  },
];
