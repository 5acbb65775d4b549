/** Writes docs/ERRORS.md and docs/MAPPING.md from their sources in code (`npm run docs`); tests keep them in step. */
import { writeFileSync } from 'node:fs';
import { ERROR_CATALOGUE } from '../core/errors/catalogue.ts';
import { LICENSE_ITEMS, PENALTY_ITEMS } from '../core/schema/shuanggongshi.ts';
let e = `# Error codes 错误码

Every error the hub returns has this body (\`ErrorBody\` in the OpenAPI document):

\`\`\`json
{ "code": "VALIDATION_FAILED",
  "message": { "zh": "提交的数据不符合规范，共 1 处错误", "en": "The submitted data is invalid (1 problems)" },
  "details": [ { "pointer": "/counterpart/uscc", "field": "统一社会信用代码", "line": 7, "zh": "…", "en": "…" } ],
  "requestId": "…" }
\`\`\`

\`details\` say where each problem is: a JSON pointer into the submitted record, the source field
(a CSV header, an XML path) and, for files, the line. Codes are stable: a released code is never renamed.
Their source is \`core/errors/catalogue.ts\`; a test checks this page lists every one.

| code | HTTP | 中文 | English |
|---|---|---|---|
`;
for (const [code, s] of Object.entries(ERROR_CATALOGUE)) e += `| \`${code}\` | ${s.status} | ${s.zh} | ${s.en} |\n`;
writeFileSync('docs/ERRORS.md', e);
let m = `# Canonical records ↔ national 双公示 data items

The approval decision (审批信息, \`ApprovalDecision\` in \`core/schema/linkage.ts\`) and the supervision
record (监管信息, \`SupervisionRecord\`) map one to one onto the national 双公示 行政许可 and 行政处罚
data items. The table's source is \`core/schema/shuanggongshi.ts\`, which also converts both ways
(\`approvalToLicenseItems\`, \`licenseItemsToApproval\`, \`supervisionToPenaltyItems\`,
\`penaltyItemsToSupervision\`); a test checks this page against it.

Value conventions: 长期 is \`long-term\` in the canonical record and \`2099-12-31\` in the national items;
money is in 万元 as a decimal string (\`fineWanYuan\`), as CF_NR_FK is; enum values are English in the
canonical record and Chinese in the national items (table at the end).

Canonical fields with no national item (they travel only between bureau and department):
\`matterCode\` (事项编码), \`decisionKind\` (设立/延续/变更/注销), \`mode\` (普通/告知承诺/一业一证),
\`integratedLicense\` (一业一证 综合许可证照面), \`commitmentRef\` (告知承诺书编号), \`counterpart.contact\`
(联系方式, 001 §7(一)2); for supervision records \`kind\` (处罚, 责令停产停业, 吊销, 经营异常, 失信名单,
培训, 法规/标准调整, 总量控制, 规划限制), \`relatedLicenseNumber\`, \`title\`, \`attachments\`.

## 行政许可 (XK_) ↔ ApprovalDecision

| item | 名称 | canonical (JSON pointer) |
|---|---|---|
`;
for (const i of LICENSE_ITEMS) m += `| ${i.item} | ${i.zh} | \`${i.canonical}\` |\n`;
m += `
## 行政处罚 (CF_) ↔ SupervisionRecord

| item | 名称 | canonical (JSON pointer) |
|---|---|---|
`;
for (const i of PENALTY_ITEMS) m += `| ${i.item} | ${i.zh} | \`${i.canonical}\` |\n`;
m += `
## Values

| canonical | national |
|---|---|
`;
const VALUES: [canonical: string, national: string][] = [
  [
    'counterpart.category `organisation` / `natural-person` / `individual-business`',
    '法人及非法人组织 / 自然人 / 个体工商户',
  ],
  [
    'licenseCategory `ordinary` / `franchise` / `recognition` / `approval` / `registration` / `other`',
    '普通 / 特许 / 认可 / 核准 / 登记 / 其他',
  ],
  ['status `valid` / `invalid`', '1 / 2'],
  ['validTo / validUntil `long-term`', '2099-12-31'],
  [
    'penaltyCategories `warning`, `fine`, `confiscation`, `license-suspension`, `license-revocation`, ' +
      '`qualification-downgrade`, `production-suspension`, `business-restriction`, `detention`, `other`',
    '警告, 罚款, 没收违法所得、没收非法财物, 暂扣许可证件, 吊销许可证件, 降低资质等级, 责令停产停业, ' +
      '限制开展生产经营活动, 行政拘留, 其他 (comma-separated in CF_CFLB)',
  ],
];
for (const [canonical, national] of VALUES) m += `| ${canonical} | ${national} |\n`;
writeFileSync('docs/MAPPING.md', m);
