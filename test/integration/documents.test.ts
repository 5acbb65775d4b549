import { afterEach, describe, expect, it } from 'vitest';
import { issueQueuedLetters } from '../../core/documents/letter-queue.ts';
import { deemConsent } from '../../core/joint/inquiries.ts';
import { databaseRunCoordinator, standardJobs } from '../../core/scheduler/scheduler.ts';
import { Dispatcher } from '../../core/delivery/dispatcher.ts';
import { verifyPdfSignature } from '../../core/documents/pdf-signature.ts';
import { mm } from '../../templates/gbt9704.ts';
import { startDemo } from '../support/demo.ts';
import {
  commitAs,
  inquiryFixture,
  pushApprovalAs,
  revocationRequest,
  siteInspectionFixture,
} from '../support/linkage.ts';
import { readPdf } from '../support/pdf.ts';
import type { TestHub } from '../support/test-hub.ts';

let hub: TestHub;
let keys: Record<string, string>;
let call: Awaited<ReturnType<typeof startDemo>>['call'];
afterEach(() => hub?.close());

async function start(now: string, profile?: string) {
  ({ hub, keys, call } = await startDemo({ now, profile }));
}

/** Asks for the 审批信息告知函 of an approval as a department (issued once, then the same document). */
const letterFor = (key: string, subjectId: string) =>
  call('POST', '/api/v1/documents', key, { kind: 'approval-notification', subjectId });

async function download(id: string, key: string) {
  const app = await hub.app();
  const res = await app.inject({ url: `/api/v1/documents/${id}/pdf`, headers: { authorization: `Bearer ${key}` } });
  return { status: res.statusCode, headers: res.headers, pdf: res.rawPayload };
}

/** The issued documents of one kind, newest first, as the bureau sees them. */
async function documentsOf(kind: string) {
  return (await call('GET', `/api/v1/documents?kind=${kind}`, keys.bureau!)).body as {
    id: string;
    number: string;
    title: string;
    audience: string[];
    sha256: string;
  }[];
}

// Each test renders, signs and renders again several multi-page PDFs (the 告知函 now carries its 告知承诺书):
// seconds of CPU, more than the default 30 s on a loaded 2-core machine.
describe('official documents (GB/T 9704-2012)', { timeout: 90_000 }, () => {
  it(
    'issues the 审批信息告知函 of a letter-channel push: Chinese text, 发文字号, A4 geometry, embedded fonts, ' +
      'seal hash audited, access by department, identical regeneration',
    async () => {
      await start('2026-09-30T09:00:00+08:00', 'ankang');
      const pushed = await pushApprovalAs(call, keys.bureau!, { matterCode: 'WJ-001', decisionDate: '2026-09-30' });
      expect(pushed.body.deliveries[0]).toMatchObject({ recipient: 'wjj', channel: 'letter' });
      const { issued } = await issueQueuedLetters(hub.ctx);
      expect(issued).toHaveLength(1);
      const [doc] = await documentsOf('approval-notification');
      expect(doc).toMatchObject({ number: '安行审函〔2026〕1号', audience: ['wjj'] });

      const got = await download(doc!.id, keys.wjj!);
      expect(got.status).toBe(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-disposition']).toContain("filename*=UTF-8''%E5%AE%A1");
      const pdf = await readPdf(got.pdf);
      expect(pdf.text).toContain('安康市行政审批服务局');
      expect(pdf.text).toContain('安行审函〔2026〕1号');
      expect(pdf.text).toContain('高青县卫生健康局：'); // 主送
      expect(pdf.text).toContain(pushed.body.licenseDocumentNumber);
      expect(pdf.text).toContain('2026年9月30日'); // 成文日期 in Arabic numerals, no leading zeros
      expect(pdf.text).toContain('本函送达即视为认领'); // Ankang: responsibility passes at push
      // Geometry: A4, body text starts at the 28 mm binding margin, 22 lines per 225 mm (the full
      // measurements of every kind are in test/unit/document-layout.test.ts).
      const page = pdf.pages[0]!;
      expect(page.width).toBeCloseTo(mm(210), 1);
      expect(page.height).toBeCloseTo(mm(297), 1);
      const body = page.items.filter((i) => i.size === 16);
      expect(Math.min(...body.map((i) => i.x))).toBeCloseTo(mm(28), 1);
      const lines = [...new Set(body.map((i) => Math.round(i.y * 100) / 100))].sort((a, b) => a - b);
      const pitch = lines.slice(1).map((y, i) => y - lines[i]!);
      expect(pitch.filter((p) => Math.abs(p - mm(225) / 22) < 0.05).length).toBeGreaterThan(3);
      expect(page.items.find((i) => i.str.startsWith('关于'))!.size).toBe(22); // title in 2号
      expect(pdf.embeddedFonts).toEqual(expect.arrayContaining(['FandolFang-Regular', 'NotoSerifSC-Black']));
      expect(pdf.unembeddedFonts).toEqual([]);
      // Signed (PAdES): the signature covers the whole file and verifies offline.
      const signature = verifyPdfSignature(Buffer.from(got.pdf));
      expect(signature).toMatchObject({
        valid: true,
        coversWholeFile: true,
        signer: expect.stringContaining('安康市'),
      });
      const tampered = Buffer.from(got.pdf);
      tampered[2000] = tampered[2000]! ^ 1;
      expect(verifyPdfSignature(tampered).valid).toBe(false);

      expect((await download(doc!.id, keys.scjg!)).status).toBe(403);
      expect((await call('GET', '/api/v1/documents', keys.scjg!)).body).toEqual([]);
      expect((await call('GET', '/api/v1/documents', keys.wjj!)).body.map((d: { id: string }) => d.id)).toEqual([
        doc!.id,
      ]);
      expect((await call('POST', `/api/v1/documents/${doc!.id}/verify`, keys.wjj!)).body).toMatchObject({
        identical: true,
        sha256: doc!.sha256,
        signature: { valid: true },
      });
      const audit = await hub.ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'document.issued')
        .execute();
      expect(audit).toEqual([
        expect.objectContaining({
          entity_id: doc!.id,
          after: expect.objectContaining({ sha256: doc!.sha256, number: '安行审函〔2026〕1号' }),
        }),
      ]);
      // The letter is issued once: a second run finds nothing queued.
      expect((await issueQueuedLetters(hub.ctx)).issued).toHaveLength(0);
    },
  );

  it('issues the notification letter on demand for an item claimed online, once per department', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const pushed = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-06-10' });
    const first = await letterFor(keys.scjg!, pushed.body.id);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ number: '高审批函〔2026〕1号', audience: ['scjg'] });
    expect((await letterFor(keys.scjg!, pushed.body.id)).body.id).toBe(first.body.id);
    expect((await letterFor(keys.rsj!, pushed.body.id)).status).toBe(404);
    const pdf = await readPdf((await download(first.body.id, keys.scjg!)).pdf);
    expect(pdf.text).toContain('2026年6月11日24时前完成认领'); // Gaoqing: 1 working day
    expect(pdf.text).toContain('逾期未认领的，视为自动认领');
  });

  it('verifies an earlier renderer’s document by its signature and audited hash; finds a changed file', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const pushed = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-06-10' });
    const issued = await letterFor(keys.scjg!, pushed.body.id);
    const verify = async () => (await call('POST', `/api/v1/documents/${issued.body.id}/verify`, keys.scjg!)).body;
    const fresh = await verify();
    expect(fresh).toMatchObject({ identical: true, matchesAuditedSha256: true, sha256: issued.body.sha256 });
    expect(fresh.renderer.issued).toBe(fresh.renderer.current);

    // Issued before the renderer was kept (or by a release that wrote other bytes): not re-rendered, not a mismatch.
    await hub.ctx.db.updateTable('documents').set({ renderer: null }).where('id', '=', issued.body.id).execute();
    expect(await verify()).toMatchObject({
      identical: null,
      regenerated: null,
      matchesAuditedSha256: true,
      renderer: { issued: null },
      signature: { valid: true },
    });

    // The stored file changed after issue: neither its audited hash nor its signature holds.
    const row = await hub.ctx.db
      .selectFrom('documents')
      .select('pdf')
      .where('id', '=', issued.body.id)
      .executeTakeFirstOrThrow();
    const changed = Buffer.from(row.pdf);
    changed[3000] = changed[3000]! ^ 1;
    await hub.ctx.db.updateTable('documents').set({ pdf: changed }).where('id', '=', issued.body.id).execute();
    expect(await verify()).toMatchObject({ identical: null, matchesAuditedSha256: false, signature: { valid: false } });
  });

  // Renders and signs a dozen documents: generous under a loaded machine.
  it('issues the 函告, the letter to the applicant, 告知承诺书, 联办通知单, 现场勘验评审报告, 委托书, 函询函 and its replies from their flows', {
    timeout: 120_000,
  }, async () => {
    await start('2026-06-10T10:00:00+08:00');
    const approval = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-06-10' });
    const asked = await call(
      'POST',
      '/api/v1/license-actions',
      keys.scjg!,
      revocationRequest(approval.body.licenseDocumentNumber, { reason: '查实其以提交虚假材料的手段取得许可。' }),
    );
    await call('POST', `/api/v1/license-actions/${asked.body.id}/decision`, keys.bureau!, {
      approve: true,
      reason: '经审核，依法撤销。',
    });
    await commitAs(call, keys.bureau!, {
      signedAt: '2026-06-10T10:00:00+08:00',
      signedDocumentRef: '高审批诺〔2026〕7号',
    });
    const review = await call(
      'POST',
      '/api/v1/special-reviews',
      keys.bureau!,
      siteInspectionFixture({ applicant: '高青县福源餐饮有限公司', site: '高青县经济开发区富源路16号' }),
    );
    await call('POST', `/api/v1/special-reviews/${review.body.id}/report`, keys.bureau!, {
      findings: '生产车间布局符合要求，防蝇设施待完善',
    });
    // Nobody signs the survey report before the survey (001 §11).
    const early = await call('POST', `/api/v1/special-reviews/${review.body.id}/report/sign`, keys.bureau!, {
      name: '李四',
    });
    expect(early.body.code).toBe('SIGNED_BEFORE_SURVEY');
    await call('POST', '/api/v1/special-reviews', keys.bureau!, {
      applicationRef: 'GQ-RS-9',
      matterCode: 'RS-002',
      procedure: 'expert-review',
      materials: [],
      conclusionWithinDays: 10,
    });
    const answered = await call(
      'POST',
      '/api/v1/inquiries',
      keys.bureau!,
      inquiryFixture({ subject: '小餐饮布点规划' }),
    );
    await call(
      'POST',
      '/api/v1/inquiries',
      keys.bureau!,
      inquiryFixture({ subject: '标准调整', question: '准入标准是否调整？' }),
    );
    await call('POST', `/api/v1/inquiries/${answered.body.id}/reply`, keys.scjg!, { answer: '暂不调整。' });
    hub.clock.set('2026-06-12T11:00:00+08:00');
    await call('POST', `/api/v1/special-reviews/${review.body.id}/report/sign`, keys.bureau!, { name: '李四' });
    await call('POST', `/api/v1/special-reviews/${review.body.id}/report/sign`, keys.scjg!, { name: '张工' });
    await deemConsent(hub.ctx);
    const run = await issueQueuedLetters(hub.ctx);
    expect(run.failed).toBe(0);

    const text = async (kind: string, key = keys.bureau!) => {
      const docs = await documentsOf(kind);
      expect(docs.length, kind).toBeGreaterThan(0);
      return Promise.all(
        docs.map(async (d) => ({ ...d, text: (await readPdf((await download(d.id, key)).pdf)).text })),
      );
    };
    const [request] = await text('license-action-request', keys.scjg!);
    // The department's own register under its configured 代字 (§7.2.4), shared with its 复函.
    expect(request!.number).toMatch(/^高市监函〔2026〕[12]号$/);
    expect(request!.text).toContain('关于提请撤销高青县福源餐饮有限公司食品经营许可的函');
    expect(request!.text).toContain('高市监罚〔2026〕56号');
    expect(request!.text).toContain('附件：行政处罚决定书');
    expect(request!.text).not.toContain('.pdf');
    expect(request!.text).toContain('《高青县行政审批与监管协调联动实施办法》（高政办字〔2021〕45号）有关规定');
    const [applicant] = await text('applicant-letter', keys.scjg!);
    expect(applicant!.text).toContain('高青县福源餐饮有限公司：');
    expect(applicant!.text).toContain('予以撤销');
    expect(applicant!.text).not.toMatch(/经审查，经审核|你单位（人）/);
    const [commitment] = await text('commitment');
    expect(commitment).toMatchObject({ number: '高审批诺〔2026〕7号' });
    expect(commitment!.text).toContain('食品经营许可告知承诺书');
    expect(commitment!.text).toContain('申请人（签章）');
    expect(commitment!.text).toContain('审批机关将于2026年6月25日前完成后置核验'); // 10 working days, 端午 6/19 skipped
    const [notice] = await text('joint-handling-notice', keys.scjg!);
    expect(notice!.text).toContain('特别审查程序联办通知单');
    expect(notice!.text).toContain('GQ-2026-0610-07');
    expect(notice!.text).toContain('车间平面图');
    expect(notice!.text).toContain('回执');
    expect(notice!.number).toMatch(/^高审批通〔2026〕1号$/); // each type in its own register
    const [report] = await text('survey-report', keys.scjg!);
    expect(report!.text).toContain('现场勘验评审报告');
    expect(report!.text).toContain('防蝇设施待完善');
    expect(report!.text).toMatch(/李四.*张工/);
    expect(report!.text).toContain('申请人：高青县福源餐饮有限公司');
    expect(report!.text).toContain('勘验地点：高青县经济开发区富源路16号');
    expect(report!.text).toContain('评审结论');
    expect(report!.number).toMatch(/^高审批报〔2026〕1号$/);
    expect(report!.text).toContain('2026年6月12日'); // dated when signed, not when rendered
    const [entrusted] = await text('entrustment');
    expect(entrusted!.text).toContain('县人力资源服务评审中心：');
    expect(entrusted!.text).toMatch(/委托事项和范围.*委托期限.*受托方义务/);
    expect(entrusted!.text).not.toContain('本期无数据');
    expect(entrusted!.number).toMatch(/^高审批委〔2026〕1号$/);
    const inquiries = await text('inquiry', keys.scjg!);
    expect(inquiries.map((i) => i.number)).toEqual([
      expect.stringMatching(/^高审批函〔2026〕\d+号$/),
      expect.stringMatching(/^高审批函〔2026〕\d+号$/),
    ]);
    const sent = inquiries.find((i) => i.text.includes('小餐饮布点规划'))!;
    expect(sent.text).toContain('逾期不答复的，视为同意');
    // 成文日期 is the day the 函询 was sent (6月10日), before its reply deadline, not the rendering day.
    expect(sent.text).toContain('2026年6月10日');
    expect(sent.text).not.toContain('2026年6月12日');
    const replies = await text('inquiry-reply');
    expect(replies.find((r) => r.title.includes('复函'))!.text).toContain('暂不调整。');
    expect(replies.find((r) => r.title.includes('视为同意'))!.text).toContain('相应责任由贵单位承担');
    // Every 发文字号 of the bureau this year, without gaps.
    const numbers = (
      await hub.ctx.db.selectFrom('documents').select('number').where('number', 'like', '高审批函%').execute()
    ).map((d) => Number(/〕(\d+)号/.exec(d.number!)![1]));
    expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
  });

  it('issues last month’s 月度通报 at 08:00 on the 1st exactly once across processes, with charts; on demand', async () => {
    await start('2026-06-10T10:00:00+08:00');
    const a = await pushApprovalAs(call, keys.bureau!, { decisionDate: '2026-06-10' });
    hub.clock.set('2026-06-10T14:30:00+08:00');
    await call('POST', `/api/v1/deliveries/${a.body.deliveries[0].id}/claim`, keys.scjg!);
    hub.clock.set('2026-07-01T08:00:00+08:00');
    const jobs = (instance: string) => ({
      job: standardJobs(hub.ctx, new Dispatcher(hub.ctx)).find((j) => j.name === 'monthly-report')!,
      coordinator: databaseRunCoordinator(hub.ctx, instance),
    });
    expect(jobs('a').job.cron).toBe('0 0 8 1 * *');
    const fireKey = 'monthly-report:2026-07-01T00:00:00.000Z';
    const runs = await Promise.all(
      ['a', 'b', 'c'].map(async (i) => {
        const { job, coordinator } = jobs(i);
        return (await coordinator.shouldRun(fireKey, 0)) ? job.run() : null;
      }),
    );
    expect(runs.filter(Boolean)).toHaveLength(1);
    const [report] = await documentsOf('monthly-report');
    expect(report).toMatchObject({ number: '高审批发〔2026〕1号', title: '关于2026年6月审管联动工作情况的通报' });
    // A request for the same month returns the same document.
    const again = await (await hub.app()).inject({
      method: 'POST',
      url: '/api/v1/reports/monthly/issue?month=2026-06',
      headers: { authorization: `Bearer ${keys.bureau}` },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(report!.id);
    const pdf = await readPdf((await download(report!.id, keys.scjg!)).pdf);
    expect(pdf.text).toContain('高青县行政审批服务局文件');
    expect(pdf.text).toContain('图1 接收审批信息条数');
    expect(pdf.text).toContain('按时认领率');
    expect(pdf.text).toContain('平均认领');
    expect(pdf.text).toContain('4.5'); // 10:00 → 14:30 on a working day
    expect(pdf.text).toContain('印发');
    expect(pdf.pages.at(-1)!.text).toMatch(/— \d+ —/);
    const json = await call('GET', '/api/v1/reports/monthly?month=2026-06', keys.bureau!);
    expect(json.body.approvals.find((r: { department: string }) => r.department === 'scjg')).toMatchObject({
      avgClaimWorkingHours: 4.5,
    });
  });
});
