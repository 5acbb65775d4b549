/**
 * bench/pdf: 审批信息告知函 per second, the time for a 20-page 月度通报, and — when LibreOffice is
 * installed — converting an equivalent .docx letter with `soffice --headless --convert-to pdf`.
 * Run: npm run bench:pdf   (writes samples to bench/out/)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { documentDefinition, type OfficialDocument } from '../templates/gbt9704.ts';
import { approvalNotification } from '../templates/documents/letters.ts';
import { monthlyReport } from '../templates/documents/monthly-report.ts';
import { documentFonts, renderPdf } from '../templates/render.ts';
import { sealSpec } from '../templates/seal.ts';
import { makeDemoIdentity, signPdf } from '../core/documents/pdf-signature.ts';

const out = new URL('./out/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const t0 = performance.now();
const fonts = documentFonts();
console.log(`fonts loaded in ${(performance.now() - t0).toFixed(0)} ms`);
const seal = sealSpec('高青县人民政府行政审批服务局行政审批专用章');
const issue = (n: number) => ({
  issuer: '高青县行政审批服务局',
  number: `高审批函〔2026〕${n}号`,
  date: '2026-09-30',
  seal,
  rules: '《高青县行政审批与监管协调联动实施办法》（高政办字〔2021〕45号）',
});

const letter = (n: number): OfficialDocument =>
  approvalNotification(
    {
      recipientName: '高青县卫生健康局',
      matterName: '公共场所卫生许可',
      counterpart: {
        name: `高青县第${n}号宾馆有限公司`,
        category: 'organisation',
        id: '91370322MA3C4Q8N1X',
        legalRepresentative: '王建国',
        phone: '0533-6812345',
        address: '高青县田镇街道青城路88号',
      },
      licenseDocumentNumber: `高审批卫〔2026〕${n}号`,
      decisionKind: 'establish',
      decisionDate: '2026-09-30',
      validFrom: '2026-09-30',
      validTo: '2030-09-29',
      content: '住宿场所，客房48间，经营面积2600平方米。',
      mode: 'ordinary',
      claimDueLocal: '2026-10-09T00:00:00+08:00',
      disputeDueLocal: '2026-10-09T00:00:00+08:00',
      onExpiry: 'auto-claim',
      cc: [],
    },
    issue(n),
  );

const created = new Date('2026-09-30T02:00:00Z');
for (let i = 0; i < 5; i++) await renderPdf(documentDefinition(letter(i), fonts), created); // warm-up
const N = 200;
const start = performance.now();
let sample: Buffer | undefined;
for (let i = 0; i < N; i++) sample = (await renderPdf(documentDefinition(letter(100 + i), fonts), created)).pdf;
const lettersPerSecond = N / ((performance.now() - start) / 1000);
writeFileSync(`${out}letter.pdf`, sample!);
console.log(
  `letters: ${N} in ${(performance.now() - start).toFixed(0)} ms → ${lettersPerSecond.toFixed(1)} letters/s (one process, one core)`,
);
// As issued: rendered and signed (PAdES) with a certificate parsed once, as the hub does.
const id = makeDemoIdentity('高青县行政审批服务局');
await signPdf(sample!, { id, signedAt: created, reason: 'bench', location: 'gaoqing' }); // parse the PKCS#12 once
const signedStart = performance.now();
let signed: Buffer | undefined;
for (let i = 0; i < N; i++) {
  const pdf = (await renderPdf(documentDefinition(letter(100 + i), fonts), created)).pdf;
  signed = await signPdf(pdf, { id, signedAt: created, reason: 'bench', location: 'gaoqing' });
}
const signedPerSecond = N / ((performance.now() - signedStart) / 1000);
writeFileSync(`${out}letter-signed.pdf`, signed!);
console.log(
  `signed letters: ${N} in ${(performance.now() - signedStart).toFixed(0)} ms → ${signedPerSecond.toFixed(1)} letters/s (render + sign)`,
);

// A county-sized month scaled up until the report runs to 20 pages.
const departments = Array.from({ length: 88 }, (_, i) => `d${i}`);
const names = Object.fromEntries(departments.map((d, i) => [d, `县直第${i + 1}监管部门`]));
const report = monthlyReport(
  {
    month: '2026-09',
    jurisdiction: '高青县',
    departmentNames: names,
    approvals: departments.map((d, i) => ({
      department: d,
      pushed: 20 + (i % 17),
      claimedOnTime: 18 + (i % 15),
      autoClaimed: i % 3,
      escalated: 0,
      disputed: i % 2,
      overdue: i % 4 === 0 ? 1 : 0,
      pushIsClaim: 0,
      letters: 0,
      avgClaimWorkingHours: 2 + (i % 9),
    })),
    supervision: departments.map((d, i) => ({
      department: d,
      pushed: 5 + (i % 7),
      claimedOnTime: 4,
      autoClaimed: 1,
      disputed: 0,
      overdue: 0,
    })),
    licenseActions: departments
      .slice(0, 40)
      .map((d) => ({ department: d, requested: 2, approved: 1, rejected: 0, open: 1 })),
    commitments: {
      total: 80,
      postVerification: 60,
      verifiedOnTime: 55,
      verifiedLate: 3,
      overdue: 2,
      rectifying: 1,
      revoked: 1,
    },
  },
  issue(1),
);
await renderPdf(documentDefinition(report, fonts), created); // warm-up
const r0 = performance.now();
const rendered = await renderPdf(documentDefinition(report, fonts), created);
const reportMs = performance.now() - r0;
writeFileSync(`${out}monthly-report.pdf`, rendered.pdf);
console.log(`monthly report: ${rendered.pages} pages in ${reportMs.toFixed(0)} ms`);

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (!soffice) {
  console.log('LibreOffice: not installed (apt-get install libreoffice-writer-nogui) — comparison skipped');
} else {
  // The same letter as staff would type it, saved as .docx by LibreOffice itself, then converted as staff do.
  const html = `<html><head><meta charset="utf-8"></head><body><p align="center"><font color="red" size="6">高青县行政审批服务局</font></p><p align="right">高审批函〔2026〕100号</p><h2 align="center">关于高青县第100号宾馆有限公司公共场所卫生许可审批信息的告知函</h2><p>高青县卫生健康局：</p>${'<p>　　根据高青县审管联动有关规定（高政办字〔2021〕45号）规定，我局于2026年9月30日作出以下行政许可决定，现以函件形式告知如下。</p>'.repeat(6)}<p align="right">高青县行政审批服务局<br>2026年9月30日</p></body></html>`;
  writeFileSync(`${out}letter.html`, html);
  const profile = `-env:UserInstallation=file://${out}lo-profile`;
  execFileSync(
    soffice,
    [profile, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, `${out}letter.html`],
    { stdio: 'ignore' },
  );
  const runs = 3;
  const s0 = performance.now();
  for (let i = 0; i < runs; i++)
    execFileSync(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', out, `${out}letter.docx`], {
      stdio: 'ignore',
    });
  const sofficeMs = (performance.now() - s0) / runs;
  console.log(
    `LibreOffice: .docx → PDF ${sofficeMs.toFixed(0)} ms per letter → hub is ${(sofficeMs / (1000 / lettersPerSecond)).toFixed(0)}× faster`,
  );
}
