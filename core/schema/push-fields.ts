/**
 * The fields a 信息推送清单 (002 §13) may list, by the Chinese name staff use, and the parts of an approval
 * decision each one carries. `counterpart.*` names a part of the counterpart.
 */
export const PUSH_FIELDS = {
  事项名称: ['matterCode'],
  行政相对人名称: [
    'counterpart.name',
    'counterpart.category',
    'counterpart.uscc',
    'counterpart.idType',
    'counterpart.idNumber',
  ],
  法定代表人: ['counterpart.legalRepresentative'],
  联系方式: ['counterpart.contact'],
  许可文号: ['licenseDocumentName', 'licenseDocumentNumber'],
  许可类别: ['licenseCategory'],
  许可证书: ['certificateName', 'certificateNumber'],
  许可内容: ['content'],
  许可日期: ['decisionDate', 'decidedAt'],
  有效期: ['validFrom', 'validTo'],
  许可机关: ['issuingAuthority'],
  许可状态: ['status'],
  决定类型: ['decisionKind'],
  办理方式: ['mode'],
  综合许可证照面: ['integratedLicense'],
  告知承诺书: ['commitmentRef'],
  受理编号: ['applicationRef'],
  数据来源: ['dataSource'],
  备注: ['remarks'],
} as const;

export type PushField = keyof typeof PUSH_FIELDS;
export const PUSH_FIELD_NAMES = Object.keys(PUSH_FIELDS) as PushField[];

/**
 * What 001 §7(一)2 requires in every push: 事项名称, 行政相对人姓名（名称）及联系方式, 许可文（编）号, 许可日期,
 * 有效期; the licence face for 一业一证 and the commitment for 告知承诺 go with them. A department the push list
 * does not name receives these.
 */
export const STATUTORY_PUSH_FIELDS: PushField[] = [
  '事项名称',
  '行政相对人名称',
  '联系方式',
  '许可文号',
  '许可日期',
  '有效期',
  '综合许可证照面',
  '告知承诺书',
];
