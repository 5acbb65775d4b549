import { writeFileSync } from 'node:fs';
import { documentDefinition } from './templates/gbt9704.ts';
import { documentFonts, renderPdf } from './templates/render.ts';
import { sealSpec } from './templates/seal.ts';
let t = Date.now();
const fonts = documentFonts();
console.log('fonts', Date.now() - t);
const doc = {
  format: 'letter' as const, issuer: '高青县行政审批服务局', header: '高青县行政审批服务局', number: '高审批函〔2026〕12号',
  title: '关于高青县某某餐饮有限公司食品经营许可的审批信息告知函', addressee: '高青县市场监督管理局',
  body: [{ p: '根据《高青县行政审批与监管协调联动实施办法》第七条规定，现将我局作出的行政许可决定告知如下，请于1个工作日内认领并纳入监管。' }, { h1: '一、许可事项' }, { h2: '（一）基本信息' }, { p: '事项名称：食品经营许可。许可文书号：JY13703220000123。许可日期：2026年9月30日。有效期至2031年9月29日。' }],
  date: '2026-09-30', seal: sealSpec('高青县人民政府行政审批服务局行政审批专用章'), cc: ['高青县市场监督管理局', '高青县发展和改革局'],
};
for (let i = 0; i < 3; i++) { t = Date.now(); const r = await renderPdf(documentDefinition(doc, fonts), new Date('2026-09-30T00:00:00Z')); console.log('render', Date.now() - t, r.pdf.length, r.pages, r.sha256.slice(0, 12)); writeFileSync('/tmp/pdf/letter.pdf', r.pdf); }
const file = { ...doc, format: 'file' as const, header: '高青县行政审批服务局文件', printedBy: '高青县行政审批服务局办公室', body: Array(30).fill(doc.body).flat() };
t = Date.now(); const r2 = await renderPdf(documentDefinition(file, fonts), new Date('2026-09-30T00:00:00Z')); console.log('file', Date.now() - t, r2.pages); writeFileSync('/tmp/pdf/file.pdf', r2.pdf);
