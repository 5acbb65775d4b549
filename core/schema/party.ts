import { Type, type Static } from '@sinclair/typebox';
import { Code, IsoDate, NonEmpty, StringEnum, Uscc } from './common.ts';

/**
 * 部门 kinds: the bureau itself, supervision departments, the reform office, law enforcement, and higher-level
 * departments reached through a same-level one (004 #6).
 */
const DEPARTMENT_KINDS = ['bureau', 'department', 'reform-office', 'law-enforcement', 'higher-level'] as const;

export const Department = Type.Object(
  {
    code: Code,
    name: NonEmpty('部门名称', 100),
    kind: StringEnum(DEPARTMENT_KINDS, {
      description:
        'bureau 行政审批服务局 / department 监管部门 / reform-office 审改办 / law-enforcement 综合执法部门 / higher-level 上级部门',
    }),
    uscc: Type.Optional(Uscc),
    /** Higher-level department pushes go through this same-level department (004 #6). */
    forwardsTo: Type.Optional(Code),
    /** false: no online push channel, so approvals go out as notification letters (003 §9(一)). */
    onlineChannel: Type.Boolean({ default: true }),
  },
  { additionalProperties: false, title: 'Department 部门' },
);
export type Department = Static<typeof Department>;

/** 联络员 (003 §8). */
export const Liaison = Type.Object(
  {
    name: NonEmpty('姓名', 50),
    phone: Type.String({ pattern: '^[0-9+\\- ]{5,20}$', maxLength: 20, description: '联系电话' }),
    position: Type.Optional(NonEmpty('职务', 50)),
    role: StringEnum(['primary', 'deputy'] as const, { description: 'primary 联络员 / deputy 分管领导或备岗' }),
    effectiveFrom: IsoDate,
  },
  { additionalProperties: false, title: 'Liaison 联络员' },
);
export type Liaison = Static<typeof Liaison>;

/** 行政相对人类别 as in 双公示 XK_XDR_LB / CF_XDR_LB. */
const COUNTERPART_CATEGORIES = ['organisation', 'natural-person', 'individual-business'] as const;
const ID_TYPES = [
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-residence-permit',
  'other',
] as const;

export const Counterpart = Type.Object(
  {
    name: NonEmpty('行政相对人名称', 200),
    category: StringEnum(COUNTERPART_CATEGORIES, {
      description: 'organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户',
    }),
    uscc: Type.Optional(Uscc),
    /** 行政相对人代码_2…_6 of the 双公示 standard: the codes an organisation had before (or beside) its USCC. */
    registrationNumber: Type.Optional(
      Type.String({ minLength: 1, maxLength: 50, description: '行政相对人代码_2 工商注册号' }),
    ),
    organisationCode: Type.Optional(
      Type.String({ minLength: 1, maxLength: 50, description: '行政相对人代码_3 组织机构代码' }),
    ),
    taxRegistrationNumber: Type.Optional(
      Type.String({ minLength: 1, maxLength: 50, description: '行政相对人代码_4 税务登记号' }),
    ),
    institutionCertificateNumber: Type.Optional(
      Type.String({ minLength: 1, maxLength: 50, description: '行政相对人代码_5 事业单位证书号' }),
    ),
    socialOrganisationNumber: Type.Optional(
      Type.String({ minLength: 1, maxLength: 50, description: '行政相对人代码_6 社会组织登记证号' }),
    ),
    idType: Type.Optional(StringEnum(ID_TYPES, { description: '证件类型' })),
    idNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: '证件号码' })),
    legalRepresentative: Type.Optional(
      Type.Object(
        {
          name: NonEmpty('法定代表人', 50),
          idType: Type.Optional(StringEnum(ID_TYPES)),
          idNumber: Type.Optional(Type.String({ maxLength: 50 })),
        },
        { additionalProperties: false },
      ),
    ),
    contact: Type.Optional(
      Type.Object(
        {
          person: Type.Optional(Type.String({ maxLength: 50 })),
          phone: Type.Optional(Type.String({ maxLength: 30 })),
          address: Type.Optional(Type.String({ maxLength: 300 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'Counterpart 行政相对人' },
);
export type Counterpart = Static<typeof Counterpart>;
