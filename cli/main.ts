import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { cliActor } from '../core/audit/actor.ts';
import { isIsoDate, shanghaiDate } from '../core/calendar/china-time.ts';
import { parseScheduleFile } from '../core/calendar/schedule-file.ts';
import { formatNoticeSchedule, parseNotice } from '../core/calendar/notice-parse.ts';
import { calendarStatus } from '../core/calendar/calendar-status.ts';
import { decodeText } from '../core/files/decode-text.ts';
import { provisionalNote } from '../core/calendar/working-calendar.ts';
import { exportCatalogue, importCatalogue } from '../core/catalogue/catalogue-io.ts';
import { configFromEnv } from '../core/config.ts';
import { issueKey, listKeys, revokeKey, rotateKey } from '../core/departments/api-keys.ts';
import { listDepartments } from '../core/departments/department-store.ts';
import { HubError, isHubError } from '../core/errors/hub-error.ts';
import { verifyPdfSignature } from '../core/documents/pdf-signature.ts';
import { openHub, type Hub } from '../core/hub.ts';
import { checkIdentifier } from '../core/identifiers/index.ts';
import type { Role } from '../core/audit/actor.ts';
import { saveDemoAccounts, saveDemoKeys, seedDemo, seedDemoAccounts } from '../core/demo/seed-demo.ts';
import { addUser, STAFF_ROLE_ZH, STAFF_ROLES, type StaffRole } from '../core/accounts/users.ts';
import { loadScheduleAndRecompute } from '../core/deadlines/load-schedule.ts';
import { replay } from '../core/delivery/outbox.ts';
import { verifyDraw } from '../core/joint/draws.ts';
import { checkAdapter } from '../core/adapters/conformance.ts';
import { mapFile, runMappingTests } from '../core/adapters/dry-run.ts';
import { monthlyReportCsv, monthlyReportData } from '../core/documents/monthly-report-data.ts';
import { issueMonthlyReport } from '../core/documents/monthly-report.ts';
import { documentFileName, documentPdf } from '../core/documents/documents.ts';
import { checkpointAuditChain, verifyAuditChain } from '../core/audit/audit-chain.ts';
import { verifyReceiptFile } from '../core/security/receipt-files.ts';
import { loadReceiptKey } from '../core/security/receipt-key.ts';
import { clearSignInBlocks, listSignInBlocks } from '../core/accounts/sign-in-throttle.ts';
import { exportShuanggongshi, importShuanggongshi } from '../core/shuanggongshi/sgs-io.ts';
import { serve } from './serve.ts';
import { writeOpenApi } from './openapi.ts';

const program = new Command('shenguan').description('审管联动枢纽 Shenguan Hub').showHelpAfterError();

/** Runs `fn` against an opened hub and always closes it (the PGlite directory lock is released). */
async function withHub<T>(fn: (hub: Hub) => Promise<T>): Promise<T> {
  const hub = await openHub(configFromEnv());
  try {
    return await fn(hub);
  } finally {
    await hub.close();
  }
}

const print = (value: unknown) => console.log(typeof value === 'string' ? value : JSON.stringify(value, null, 2));

program
  .command('serve')
  .description('启动枢纽 HTTP 服务 / start the hub')
  .option('--demo', '数据库为空时载入演示辖区 / seed the demo jurisdiction into an empty store')
  .action((o: { demo?: boolean }) => serve(configFromEnv(), { demo: Boolean(o.demo) }));

program
  .command('migrate')
  .description('执行数据库迁移 / apply database migrations')
  .action(() => withHub(async () => console.log('migrations applied / 迁移完成')));

program
  .command('openapi')
  .description('生成 openapi/openapi.json / write the OpenAPI document')
  .option('--check', 'exit 1 if the committed file differs')
  .action(async (o: { check?: boolean }) => {
    const changed = await writeOpenApi({ check: Boolean(o.check) });
    if (o.check && changed) {
      console.error('openapi/openapi.json is out of date: run `npm run openapi`');
      process.exitCode = 1;
    }
  });

const id = program.command('id').description('证照号码 / identifiers');
id.command('check <code>')
  .description('校验统一社会信用代码或身份证号码（有效退出码 0，无效 1）')
  .addOption(new Option('--kind <kind>').choices(['uscc', 'id-number']))
  .action((code: string, o: { kind?: 'uscc' | 'id-number' }) => {
    const v = checkIdentifier(code, shanghaiDate(new Date()), o.kind);
    console.log(`${v.valid ? 'VALID' : 'INVALID'} ${v.kind} ${code.trim().toUpperCase()}: ${v.zh} / ${v.en}`);
    process.exitCode = v.valid ? 0 : 1;
  });

const calendar = program.command('calendar').description('工作日日历 / working-day calendar');
calendar
  .command('deadline <from> <days>')
  .description('事件日（不计）后第 N 个工作日，及其 24:00 北京时间截止时刻')
  .action((from: string, days: string) =>
    withHub(async ({ ctx }) => {
      if (!isIsoDate(from)) throw new Error(`from must be YYYY-MM-DD, got ${from}`);
      const d = ctx.calendar.current.deadline(from, Number(days));
      console.log(d.provisional ? `${d.lastDay} 暂定 PROVISIONAL` : d.lastDay);
      console.log(`${d.dueAtLocal} (${d.dueAt.toISOString()})`);
      if (d.provisional) {
        const note = provisionalNote(d.floorYears);
        console.log(`${note.zh}\n${note.en}`);
      }
    }),
  );
calendar
  .command('years')
  .description('已知节假日安排的年份')
  .action(() => withHub(async ({ ctx }) => print(ctx.calendar.current.knownYears())));
calendar
  .command('import <file>')
  .description('导入一年的节假日安排：JSON 或 CSV（日期,类型,名称），或 --notice 国务院办公厅通知原文')
  .option('--year <year>', 'year, when the file does not say')
  .option('--source <text>', '依据，如 国办发明电〔2026〕X号')
  .option('--notice', '文件是国务院办公厅关于某年部分节假日安排的通知原文（UTF-8/GB18030 文本）')
  .option('--yes', '确认载入（--notice 时先显示读出的安排，加 --yes 才载入）')
  .action((file: string, o: { year?: string; source?: string; notice?: boolean; yes?: boolean }) =>
    withHub(async ({ ctx }) => {
      if (o.notice) {
        const text = decodeText(readFileSync(file)).text;
        const schedule = parseNotice(text);
        console.log(formatNoticeSchedule(schedule));
        if (!o.yes) {
          console.log('未载入：核对无误后加 --yes 再次运行 / not loaded: check it, then run again with --yes');
          return;
        }
        const { year, recomputed } = await loadScheduleAndRecompute(ctx, schedule, cliActor(), { noticeText: text });
        print({ ...year, provisionalDeadlinesRecomputed: recomputed });
        return;
      }
      const schedule = parseScheduleFile(
        readFileSync(file),
        basename(file),
        o.year ? Number(o.year) : undefined,
        o.source,
      );
      const { year, recomputed } = await loadScheduleAndRecompute(ctx, schedule, cliActor());
      print({ ...year, provisionalDeadlinesRecomputed: recomputed });
    }),
  );
calendar
  .command('status')
  .description('各年节假日安排是否已载入；明年未载入时提醒')
  .action(() =>
    withHub(async ({ ctx }) => {
      const status = calendarStatus(ctx);
      for (const w of status.warnings) console.log(`提醒 WARNING: ${w.zh}\n  ${w.en}`);
      print(status);
    }),
  );

const sgs = program.command('sgs').description('双公示 行政许可 XK_ / 行政处罚 CF_');
sgs
  .command('import <kind> <file>')
  .description('导入双公示导出文件（kind: xk | cf；CSV UTF-8/GBK/GB18030 或 XLSX）；逐行报告结果')
  .option('--department <code>', 'cf：处罚所属部门；xk：默认为审批局')
  .option('--push', 'xk：逐条推送给各部门（默认只入库，不再推送）')
  .option('--matter-code <code>', 'xk：无“事项编码”列时所用的事项编码')
  .option('--encoding <enc>', 'utf-8 | gbk | gb18030 (default: detected)')
  .action(
    (
      kind: string,
      file: string,
      o: { department?: string; push?: boolean; matterCode?: string; encoding?: 'utf-8' | 'gbk' | 'gb18030' },
    ) =>
      withHub(async ({ ctx }) => {
        const k = kind.toUpperCase() === 'XK' ? 'XK' : kind.toUpperCase() === 'CF' ? 'CF' : undefined;
        if (!k) throw new Error(`kind must be xk or cf, not ${kind}`);
        const department =
          o.department ??
          (k === 'XK'
            ? (await ctx.db.selectFrom('departments').select('code').where('kind', '=', 'bureau').executeTakeFirst())
                ?.code
            : undefined);
        if (!department) throw new Error('--department is required for cf');
        const actor = { ...cliActor(), department, roles: ['system' as const] };
        const r = await importShuanggongshi(ctx, k, readFileSync(file), actor, o);
        console.log(`${r.records} records: ${r.accepted} accepted, ${r.duplicate} duplicate, ${r.rejected} rejected`);
        for (const x of r.outcomes) {
          for (const e of x.errors ?? [])
            console.log(`  line ${x.line}${e.field ? ` [${e.field}]` : ''}: ${e.zh} / ${e.en}`);
          for (const w of x.warnings ?? [])
            console.log(`  line ${x.line} warning${w.field ? ` [${w.field}]` : ''}: ${w.zh} / ${w.en}`);
        }
        if (r.rejected) process.exitCode = 1;
      }),
  );
sgs
  .command('export <kind>')
  .description('导出双公示文件（kind: xk | cf），按 2021 标准列序')
  .requiredOption('--from <date>', 'YYYY-MM-DD')
  .option('--to <date>', 'YYYY-MM-DD (default: --from)')
  .addOption(new Option('--by <by>').choices(['decision', 'recorded']).default('decision'))
  .addOption(new Option('--format <format>').choices(['csv', 'xlsx']).default('csv'))
  .addOption(new Option('--encoding <enc>').choices(['utf-8', 'gb18030']).default('gb18030'))
  .option('--department <code>', 'cf：只导出该部门的处罚')
  .option('--matter-column', 'xk：末尾附“事项编码”列（标准外），便于再导入')
  .option('--out <file>', 'write to a file instead of standard output')
  .action(
    (
      kind: string,
      o: {
        from: string;
        to?: string;
        by: 'decision' | 'recorded';
        format: 'csv' | 'xlsx';
        encoding: 'utf-8' | 'gb18030';
        department?: string;
        matterColumn?: boolean;
        out?: string;
      },
    ) =>
      withHub(async ({ ctx }) => {
        const file = await exportShuanggongshi(ctx, {
          ...o,
          kind: kind.toUpperCase() === 'XK' ? 'XK' : 'CF',
          to: o.to ?? o.from,
        });
        if (o.out) {
          writeFileSync(o.out, file.bytes);
          console.error(`${file.rows} records → ${o.out}`);
        } else process.stdout.write(file.bytes);
      }),
  );

const catalogue = program.command('catalogue').description('目录 / catalogues');
catalogue
  .command('import <file>')
  .description('导入目录（CSV UTF-8/GBK/GB18030，或 JSON）；好的行导入，坏的行逐行报告')
  .addOption(new Option('--kind <kind>').choices(['matter', 'supervision-matter']))
  .option('--encoding <enc>', 'utf-8 | gbk | gb18030 (default: detected)')
  .option('--effective-from <date>', 'YYYY-MM-DD for rows without 生效日期')
  .option('--reason <text>', '变更原因')
  .action(
    (
      file: string,
      o: { kind?: 'matter' | 'supervision-matter'; encoding?: string; effectiveFrom?: string; reason?: string },
    ) =>
      withHub(async ({ ctx }) => {
        const report = await importCatalogue(ctx, readFileSync(file), basename(file), o, cliActor());
        console.log(
          `encoding ${report.fileEncoding}: ${report.imported.length} imported ` +
            `(${report.imported.filter((i) => i.changed).length} changed), ${report.rejected.length} rejected`,
        );
        for (const r of report.rejected)
          for (const e of r.errors)
            console.log(`  line ${e.line ?? r.line ?? '-'}${e.field ? ` [${e.field}]` : ''}: ${e.zh} / ${e.en}`);
        for (const w of report.warnings) console.log(`  warning: ${w.zh} / ${w.en}`);
        if (report.rejected.length) process.exitCode = 1;
      }),
  );
catalogue
  .command('export <kind>')
  .description('导出目录（kind: matter | supervision-matter）')
  .addOption(new Option('--format <format>').choices(['csv', 'json']).default('csv'))
  .addOption(new Option('--encoding <enc>').choices(['utf-8', 'gb18030']).default('utf-8'))
  .option('--out <file>', 'write to a file instead of standard output')
  .action(
    (
      kind: 'matter' | 'supervision-matter',
      o: { format: 'csv' | 'json'; encoding: 'utf-8' | 'gb18030'; out?: string },
    ) =>
      withHub(async ({ ctx }) => {
        const bytes = await exportCatalogue(ctx, kind, o.format, o.encoding);
        if (o.out) writeFileSync(o.out, bytes);
        else process.stdout.write(bytes);
      }),
  );

program
  .command('demo')
  .description('在空库中载入演示辖区并签发演示密钥 / seed the demo jurisdiction into an empty store')
  .action(() =>
    withHub(async ({ ctx }) => {
      const keys = await seedDemo(ctx);
      if (!keys) throw new Error('the store already has departments; the demo is only seeded into an empty store');
      console.log(`demo jurisdiction seeded; keys written to ${saveDemoKeys(configFromEnv().dataDir, keys)}`);
      console.log(
        `console accounts written to ${saveDemoAccounts(configFromEnv().dataDir, await seedDemoAccounts(ctx))}`,
      );
    }),
  );

program
  .command('user')
  .description('控制台账号 / console accounts')
  .command('add <username>')
  .description('新建账号；密码从 SHENGUAN_NEW_PASSWORD 读取，未设置时生成并显示一次')
  .requiredOption('--department <code>', 'department code, e.g. scjg')
  .addOption(new Option('--role <role>', 'role').choices([...STAFF_ROLES]).makeOptionMandatory())
  .requiredOption('--name <name>', 'display name, e.g. 王芳')
  .action((username: string, o: { department: string; role: StaffRole; name: string }) =>
    withHub(async ({ ctx }) => {
      const generated = !process.env.SHENGUAN_NEW_PASSWORD;
      const password = process.env.SHENGUAN_NEW_PASSWORD ?? randomBytes(12).toString('base64url');
      const user = await addUser(
        ctx,
        { username, displayName: o.name, department: o.department, role: o.role, password },
        cliActor(),
      );
      console.log(
        `user ${user.username} (${STAFF_ROLE_ZH[user.role]}, ${user.department}) added` +
          `${generated ? `; password: ${password} (shown once)` : ''}`,
      );
    }),
  );

program
  .command('departments')
  .description('部门列表')
  .action(() => withHub(async ({ ctx }) => print(await listDepartments(ctx.db))));

const key = program.command('key').description('部门接口密钥 / department API keys');
key
  .command('issue <department>')
  .description('签发密钥（只显示一次）')
  .option('--admin', 'grant the admin role as well')
  .option('--label <text>', 'what the key is for', 'issued from the command line')
  .action((department: string, o: { admin?: boolean; label: string }) =>
    withHub(async ({ ctx }) => {
      const roles: Role[] = o.admin ? ['admin', 'system'] : ['system'];
      print(await issueKey(ctx, department, roles, o.label, cliActor()));
    }),
  );
key
  .command('list [department]')
  .action((department?: string) => withHub(async ({ ctx }) => print(await listKeys(ctx.db, department))));
key
  .command('revoke <id>')
  .action((kid: string) =>
    withHub(async ({ ctx }) => revokeKey(ctx, kid, cliActor()).then(() => console.log(`revoked ${kid}`))),
  );
key
  .command('rotate <id>')
  .action((kid: string) => withHub(async ({ ctx }) => print(await rotateKey(ctx, kid, cliActor()))));

const audit = program.command('audit').description('审计日志 / audit log');
audit
  .command('verify')
  .description('校验哈希链，报告第一处断裂（exit 1）/ walk the hash chain and report the first break')
  .action(() =>
    withHub(async ({ ctx }) => {
      const report = await verifyAuditChain(ctx.db);
      print(report);
      if (report.firstBreak) {
        console.error(`${report.firstBreak.zh}\n${report.firstBreak.en}`);
        process.exitCode = 1;
      }
    }),
  );
audit
  .command('checkpoint')
  .description('把链头写入检查点（每日任务也会写）/ record the chain head as a checkpoint now')
  .action(() => withHub(async ({ ctx }) => print(await checkpointAuditChain(ctx.db, ctx.clock.now()))));

const signInCmd = program.command('sign-in').description('控制台登录限流 / console sign-in throttling');
signInCmd
  .command('blocks')
  .description('当前须等待或被封禁的来源与账号 / sources and accounts that must wait now')
  .action(() => withHub(async ({ ctx }) => print(await listSignInBlocks(ctx))));
signInCmd
  .command('clear')
  .description('解除某来源和/或账号的封禁 / clear the counts and blocks of a source and/or an account')
  .option('--source <address>', 'source IP address')
  .option('--user <username>', 'console user name')
  .action((o: { source?: string; user?: string }) =>
    withHub(async ({ ctx }) =>
      print({ cleared: await clearSignInBlocks(ctx, { source: o.source, username: o.user }, cliActor()) }),
    ),
  );

const receipt = program.command('receipt').description('签名回执 / signed receipts');
receipt
  .command('verify <file>')
  .description(
    '离线校验回执签名（exit 1 不符）/ check a receipt offline: a file with its .sig, or a signed JSON answer',
  )
  .option('--public-key <pem>', 'the hub’s published public key (default: this hub’s own key)')
  .action((file: string, o: { publicKey?: string }) => {
    const pem = o.publicKey
      ? readFileSync(o.publicKey, 'utf8')
      : loadReceiptKey(configFromEnv().dataDir, process.env.SHENGUAN_RECEIPT_KEY).publicPem;
    const result = verifyReceiptFile(file, pem);
    if (result.ok)
      console.log(`签名有效 / signature valid: ${result.checked} (key ${result.keyId}, ${result.signedAt})`);
    else {
      console.error(`${result.zh}\n${result.en}`);
      process.exitCode = 1;
    }
  });
receipt
  .command('public-key')
  .description('打印回执签名公钥（PEM）/ print the receipt public key')
  .action(() => {
    process.stdout.write(loadReceiptKey(configFromEnv().dataDir, process.env.SHENGUAN_RECEIPT_KEY).publicPem);
  });

const deliveries = program.command('deliveries').description('投递 / deliveries');
deliveries
  .command('replay [id]')
  .description('重新投递一条消息，或 --all-dead 全部死信（可加 --recipient 部门）')
  .option('--all-dead', 'every dead-lettered message')
  .option('--recipient <department>', 'only this department’s dead letters')
  .action((mid: string | undefined, o: { allDead?: boolean; recipient?: string }) =>
    withHub(async ({ ctx }) => {
      const ids = await replay(ctx, { id: mid, allDead: o.allDead, recipient: o.recipient }, cliActor());
      console.log(`${ids.length} message(s) queued again; a running hub sends them within 10 seconds`);
      for (const i of ids) console.log(`  ${i}`);
    }),
  );

program
  .command('draw')
  .description('随机抽取 / random draws')
  .command('verify <id>')
  .description('按记录的种子重新抽取并检查记录链（有效退出码 0，无效 1）')
  .action((did: string) =>
    withHub(async ({ ctx }) => {
      const v = await verifyDraw(ctx, did);
      for (const c of v.checks) console.log(`${c.ok ? 'OK  ' : 'FAIL'} ${c.check}: ${c.zh} / ${c.en}`);
      console.log(v.valid ? 'VALID' : 'INVALID');
      process.exitCode = v.valid ? 0 : 1;
    }),
  );

program
  .command('map')
  .description('离线映射：打印每条记录的规范 JSON 或错误，不写入任何数据 / dry run')
  .requiredOption('--adapter <dir>', 'adapter folder')
  .requiredOption('--in <file>', 'legacy file')
  .action(async (o: { adapter: string; in: string }) => {
    let failed = 0;
    for await (const r of mapFile(o.adapter, o.in)) {
      if (!r.ok) failed++;
      console.log(JSON.stringify(r.ok ? { line: r.line, record: r.value } : { line: r.line, errors: r.errors }));
    }
    if (failed) process.exitCode = 1;
  });

const adapterCmd = program.command('adapter').description('适配器 / adapters');
adapterCmd
  .command('test <dir>')
  .description('运行适配器目录中的映射测试（tests.yaml）')
  .action(async (dir: string) => {
    const results = await runMappingTests(dir);
    for (const r of results) {
      console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name}`);
      for (const p of r.problems) console.log(`  ${p}`);
    }
    process.exitCode = results.every((r) => r.ok) ? 0 : 1;
  });

adapterCmd
  .command('check <dir>')
  .description('适配器一致性检查：清单、映射测试、往返、错误输入、去重、10 万条流式处理')
  .action(async (dir: string) => {
    const results = await checkAdapter(dir);
    for (const r of results) console.log(`${r.status.toUpperCase().padEnd(7)} ${r.check}: ${r.detail}`);
    process.exitCode = results.some((r) => r.status === 'fail') ? 1 : 0;
  });

program
  .command('report')
  .description('通报 / reports')
  .command('monthly')
  .description('月度通报（JSON、CSV 数据，或出具 PDF 文书）')
  .requiredOption('--month <YYYY-MM>', 'the month')
  .addOption(new Option('--format <format>').choices(['json', 'csv', 'pdf']).default('json'))
  .option('--out <file>', 'PDF: where to write it (default 月度通报-<发文字号>.pdf)')
  .action((o: { month: string; format: 'json' | 'csv' | 'pdf'; out?: string }) =>
    withHub(async ({ ctx }) => {
      if (o.format === 'pdf') {
        const { document, created } = await issueMonthlyReport(ctx, o.month, cliActor());
        const { pdf } = await documentPdf(ctx, document.id, cliActor());
        const out = o.out ?? documentFileName(document);
        writeFileSync(out, pdf);
        console.log(
          `${created ? 'issued' : 'already issued'} ${document.number}: ${out} ` +
            `(${document.pages} pages, sha256 ${document.sha256})`,
        );
        return;
      }
      const data = await monthlyReportData(ctx, o.month);
      process.stdout.write(o.format === 'csv' ? monthlyReportCsv(data) : `${JSON.stringify(data, null, 2)}\n`);
    }),
  );

program
  .command('document')
  .description('文书 / official documents')
  .command('verify <file>')
  .description('离线验证已出具 PDF 的电子签名（PAdES）：签名覆盖全文、摘要一致、签名可由证书验证')
  .action((file: string) => {
    const check = verifyPdfSignature(readFileSync(file));
    console.log(JSON.stringify({ file, ...check }, null, 2));
    if (!check.valid) throw new HubError('PDF_SIGNATURE_INVALID', { file });
  });

program.parseAsync().catch((err: unknown) => {
  if (isHubError(err)) {
    console.error(`${err.code}: ${err.zh}\n  ${err.en}`);
    for (const d of err.details)
      console.error(`  ${d.line ? `line ${d.line} ` : ''}${d.pointer ?? d.field ?? ''} ${d.zh} / ${d.en}`);
  } else console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
});
