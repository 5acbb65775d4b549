import { Type, type Static } from '@sinclair/typebox';
import { Code, IsoDate, NonEmpty, StringEnum } from './common.ts';
import { PUSH_FIELD_NAMES } from './push-fields.ts';

/** 许可类别, 双公示 XK_XKLB: 普通 / 特许 / 认可 / 核准 / 登记 / 其他. */
export const LICENSE_CATEGORIES = [
  'ordinary',
  'franchise',
  'recognition',
  'approval',
  'registration',
  'other',
] as const;

/** 特别审查程序 kinds (003 §11). */
export const SPECIAL_REVIEW_PROCEDURES = [
  'site-inspection', // 现场核查
  'tender', // 招标
  'auction', // 拍卖
  'inspection', // 检验
  'testing', // 检测
  'quarantine', // 检疫
  'appraisal', // 鉴定
  'examination', // 考试
  'assessment', // 考核
  'expert-review', // 专家评审
  'technical-review', // 技术审查
  'hearing', // 听证
  'stakeholder-opinion', // 听取利害关系人意见
  'collective-review', // 集体审查
] as const;

/** 独立 / 联合 / 委托 (003 §12). */
export const SPECIAL_REVIEW_HANDLING = ['independent', 'joint', 'entrusted'] as const;

const Text = (description: string) => Type.Array(NonEmpty(description, 2000), { default: [], maxItems: 200 });

/** 划转事项目录 entry: every element 002 §8 and 003 §3 require of a transferred matter. */
export const Matter = Type.Object(
  {
    code: Code,
    name: NonEmpty('事项名称', 200),
    licenseCategory: StringEnum(LICENSE_CATEGORIES, { description: '许可类别 XK_XKLB' }),
    legalBasis: Type.Array(NonEmpty('设定依据', 1000), { minItems: 1, maxItems: 100 }),
    conditions: Text('受理条件'),
    materials: Type.Array(
      Type.Object(
        {
          name: NonEmpty('材料名称', 200),
          required: Type.Boolean({ default: true }),
          sampleText: Type.Optional(Type.String({ maxLength: 5000, description: '示范文本' })),
        },
        { additionalProperties: false },
      ),
      { default: [], maxItems: 200 },
    ),
    process: Text('办理流程'),
    timeLimitDays: Type.Integer({ minimum: 0, maximum: 365, description: '承诺办理时限（工作日）' }),
    fees: Type.String({ maxLength: 1000, default: '不收费', description: '收费标准' }),
    approvalStandard: Type.String({ maxLength: 5000, default: '', description: '审批标准（由监管部门提供，003 §3）' }),
    licenseTemplate: Type.Optional(Type.String({ maxLength: 200, description: '制式证照' })),
    supervisionDepartments: Type.Array(Code, { minItems: 1, maxItems: 50, description: '负责监管的部门代码' }),
    transferDate: IsoDate,
    major: Type.Boolean({ default: false, description: '重要审批事项 (001 §5(8))' }),
    creditApproval: Type.Optional(
      Type.Object(
        {
          mode: StringEnum(['no-onsite-check', 'post-verification'] as const, {
            description: '免于现场核验 / 后置核验 (001 §8)',
          }),
          conditions: Text('承诺条件'),
          materials: Text('承诺材料'),
        },
        { additionalProperties: false },
      ),
    ),
    specialReviews: Type.Array(
      Type.Object(
        {
          procedure: StringEnum(SPECIAL_REVIEW_PROCEDURES),
          handling: StringEnum(SPECIAL_REVIEW_HANDLING),
          department: Type.Optional(Code),
          thirdParty: Type.Optional(NonEmpty('受托第三方机构', 200)),
        },
        { additionalProperties: false },
      ),
      { default: [], maxItems: 20 },
    ),
    /** 信息推送清单 (002 §13): which fields go to which department (core/schema/push-fields.ts). */
    pushList: Type.Array(
      Type.Object(
        {
          department: Code,
          fields: Type.Array(StringEnum(PUSH_FIELD_NAMES), { minItems: 1, uniqueItems: true, maxItems: 100 }),
        },
        { additionalProperties: false },
      ),
      { default: [], maxItems: 50 },
    ),
    /** 边界清单 (004 #14): where approval responsibility ends and supervision begins. */
    boundary: Type.Optional(
      Type.Object(
        {
          approvalEndsAt: NonEmpty('审批责任止于', 1000),
          supervisionStartsAt: NonEmpty('监管责任始于', 1000),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'Matter 划转事项' },
);
export type Matter = Static<typeof Matter>;

/** 监管事项清单 entry (004 #10). */
export const SupervisionMatter = Type.Object(
  {
    code: Code,
    name: NonEmpty('监管事项名称', 200),
    department: Code,
    objects: NonEmpty('监管对象', 1000),
    measures: Type.Array(NonEmpty('监管措施', 1000), { minItems: 1, maxItems: 100 }),
    legalBasis: Type.Array(NonEmpty('设定依据', 1000), { minItems: 1, maxItems: 100 }),
    results: NonEmpty('监管结果', 1000),
    level: StringEnum(['national', 'provincial', 'municipal', 'county'] as const, { description: '监管层级' }),
    feedback: NonEmpty('反馈机制', 1000),
    matterCodes: Type.Array(Code, { default: [], maxItems: 500, description: '关联的划转事项' }),
  },
  { additionalProperties: false, title: 'SupervisionMatter 监管事项' },
);
export type SupervisionMatter = Static<typeof SupervisionMatter>;

export const CATALOGUE_KINDS = ['matter', 'supervision-matter'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];
export const CATALOGUE_SCHEMAS = { matter: Matter, 'supervision-matter': SupervisionMatter } as const;
