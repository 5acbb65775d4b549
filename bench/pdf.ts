/**
 * bench/pdf (issue 17 item 5): 审批信息告知函 rendered **and signed** (PAdES) per second, in this
 * thread and through the render pool (worker threads, one per core), against LibreOffice converting
 * the same letter as .docx — kept running (one soffice listening on a pipe, driven by
 * bench/lo-convert.py through LibreOffice's Python bridge, its own CPU time per letter; without the
 * bridge, one soffice converting a batch less one converting one letter) and cold (one soffice per
 * letter). Baselines and hub run interleaved, A B A B, in PAIRS pairs, and the ratios are printed as
 * min / median / max. CPU time is printed beside wall time: on a shared machine wall time swings with
 * the load, CPU time much less.
 * LibreOffice sets the letter in the hub's own faces (a fontconfig file naming the hub's font folders).
 * Ratios are per letter: CPU against CPU, one thread's wall against LibreOffice's (one process each);
 * the pool's wall figures use every core and are throughput, printed apart.
 * Run: npm run bench:pdf   (PAIRS=5 LETTERS=40 LO_BATCH=10; writes samples to bench/out/)
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { documentDefinition, type OfficialDocument } from '../templates/gbt9704.ts';
import { approvalNotification } from '../templates/documents/letters.ts';
import { monthlyReport } from '../templates/documents/monthly-report.ts';
import { resolveFontSources } from '../templates/fonts.ts';
import { documentFonts, renderPdf } from '../templates/render.ts';
import { sealSpec } from '../templates/seal.ts';
import { makeDemoIdentity } from '../core/documents/pdf-signature.ts';
import { RenderPool, renderSignedHere } from '../core/documents/render-pool.ts';

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
const PAIRS = Number(process.env.PAIRS ?? 5);
const LETTERS = Number(process.env.LETTERS ?? 40);
const LO_BATCH = Number(process.env.LO_BATCH ?? 10);
const sign = { id: makeDemoIdentity('高青县行政审批服务局'), reason: 'bench', location: 'gaoqing' };
const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0]!.toFixed(2)} / ${s[Math.floor(s.length / 2)]!.toFixed(2)} / ${s.at(-1)!.toFixed(2)}`;
};
/** Wall and CPU (all threads of this process) milliseconds of `work`. */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

const workers = availableParallelism();
const pool = new RenderPool(workers);
let n = 100;
const inThread = async () => {
  for (let i = 0; i < LETTERS; i++) await renderSignedHere(letter(n++), created, sign);
};
const inPool = () => Promise.all(Array.from({ length: LETTERS }, () => pool.render(letter(n++), created, sign)));
// Warm-up: fonts parsed and the certificate's signer made, here and in every worker.
await inThread();
await Promise.all(Array.from({ length: workers * 2 }, () => pool.render(letter(n++), created, sign)));
writeFileSync(`${out}letter-signed.pdf`, (await renderSignedHere(letter(100), created, sign)).pdf);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${workers} cores`,
);

// LibreOffice, when installed: the same letter (its text, headings and faces) as staff would type it,
// saved as .docx by LibreOffice itself. LibreOffice is given the hub's own font files through a
// fontconfig file: without a CJK face installed it would set every hanzi as a missing glyph in DejaVu,
// which costs it less than setting and embedding the letter's faces does.
const sofficeBin = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const hasTime = spawnSync('sh', ['-c', 'command -v /usr/bin/time'], { encoding: 'utf8' }).stdout.trim() !== '';
const profile = `-env:UserInstallation=file://${out}lo-profile`;
let lo: ((files: number) => { wall: number; cpu: number }) | null = null;
let kept: ((files: number) => { wall: number; cpu: number }) | null = null;
let listener: ChildProcess | null = null;
let keptProfile = '';
/** The listener is this run's own: stopped however the run ends. */
const stopListener = () => {
  listener?.kill('SIGKILL');
  if (keptProfile) rmSync(keptProfile, { recursive: true, force: true });
};
process.on('exit', stopListener);
if (sofficeBin) {
  const fontDirs = [...new Set(resolveFontSources().map((f) => dirname(f.file)))];
  writeFileSync(
    `${out}fonts.conf`,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `${fontDirs.map((d) => `<dir>${d}</dir>\n`).join('')}` +
      `<cachedir>${out}fontconfig-cache</cachedir>\n</fontconfig>\n`,
  );
  const env = { ...process.env, FONTCONFIG_FILE: `${out}fonts.conf` };
  const face = (role: 'title' | 'body' | 'hei') => fonts[role].font.familyName;
  const model = letter(100);
  const blocks = model.body
    .map((b) =>
      'p' in b
        ? `<p style="text-indent:2em">${b.p}</p>`
        : 'h1' in b
          ? `<p style="text-indent:2em;font-family:'${face('hei')}'">${b.h1}</p>`
          : '',
    )
    .join('');
  const html =
    `<html><head><meta charset="utf-8"></head><body style="font-family:'${face('body')}';font-size:16pt">` +
    `<p align="center" style="font-family:'${face('title')}';color:red;font-size:30pt">${model.header}</p>` +
    `<p align="right">${model.number}</p>` +
    `<p align="center" style="font-family:'${face('title')}';font-size:22pt">${model.title}</p>` +
    `<p>${model.addressee}：</p>${blocks}<p align="right">${model.issuer}<br>2026年9月30日</p></body></html>`;
  writeFileSync(`${out}letter.html`, html);
  execFileSync(
    sofficeBin,
    [profile, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, `${out}letter.html`],
    { stdio: 'ignore', env },
  );
  for (let i = 0; i < LO_BATCH; i++) copyFileSync(`${out}letter.docx`, `${out}letter-${i}.docx`);
  // soffice.bin itself, so that /usr/bin/time counts its CPU (the soffice script hands over to it).
  const bin = '/usr/lib/libreoffice/program/soffice.bin';
  lo = (files) => {
    const args = [profile, '--headless', '--convert-to', 'pdf', '--outdir', `${out}lo-pdf`];
    for (let i = 0; i < files; i++) args.push(`${out}letter-${i}.docx`);
    const t0 = performance.now();
    const r = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%U %S', bin, ...args], { encoding: 'utf8', env })
      : spawnSync(sofficeBin, args, { encoding: 'utf8', env });
    const wall = performance.now() - t0;
    const [u, s] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    return { wall, cpu: hasTime ? ((u ?? 0) + (s ?? 0)) * 1000 : Number.NaN };
  };
  lo(1); // first start makes the profile
  // Kept running, when LibreOffice's Python bridge is there: one soffice listening on a pipe converts
  // each batch (bench/lo-convert.py); its own CPU time (/proc) and the client's timing of the
  // conversions count, not a start. Otherwise: one soffice converting LO_BATCH letters, less one
  // converting one, so that the start cancels out (noisier).
  const python = '/usr/bin/python3';
  if (spawnSync(python, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0) {
    const pipe = `shenguan-bench-${process.pid}`;
    // A profile of its own: a second soffice on the same profile would hand its work to this one. A
    // copy of the one made, since a new profile's first start restarts the process.
    // Per run, so that a listener left by an interrupted run is never handed this one's work.
    keptProfile = `${out}lo-profile-kept-${process.pid}`;
    cpSync(`${out}lo-profile`, keptProfile, { recursive: true });
    listener = spawn(
      bin,
      [
        `-env:UserInstallation=file://${keptProfile}`,
        '--headless',
        '--invisible',
        '--norestore',
        '--nologo',
        `--accept=pipe,name=${pipe};urp;`,
      ],
      {
        stdio: 'ignore',
        env,
      },
    );
    const tick = 1000 / Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);
    const cpuOf = (pid: number) => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * tick; // utime + stime
    };
    const client = new URL('./lo-convert.py', import.meta.url).pathname;
    kept = (files) => {
      const pid = listener!.pid!;
      if (listener!.exitCode !== null) throw new Error('the LibreOffice listener has stopped');
      const c0 = cpuOf(pid);
      const args = [client, pipe, `${out}lo-pdf`, ...Array.from({ length: files }, (_, i) => `${out}letter-${i}.docx`)];
      const wall = Number(execFileSync(python, args, { encoding: 'utf8' }).trim());
      return { wall: wall / files, cpu: (cpuOf(pid) - c0) / files };
    };
    kept(2); // connected, the first documents loaded
  }
} else {
  console.log('LibreOffice: not installed (apt-get install libreoffice-writer-nogui) — comparison skipped');
}

const rows: Record<string, number[]> = {};
const note = (k: string, v: number) => {
  rows[k] = [...(rows[k] ?? []), v];
};
for (let p = 0; p < PAIRS; p++) {
  // A: the same work in this thread (the hub before the pool); B: the hub through the render pool.
  const a = await timed(inThread);
  const b = await timed(inPool);
  note('hub, one thread: letters/s (wall)', (LETTERS * 1000) / a.wall);
  note(`hub, pool of ${workers}: letters/s (wall)`, (LETTERS * 1000) / b.wall);
  note('hub, pool ÷ one thread (wall)', a.wall / b.wall);
  note('hub, one thread: CPU ms per letter', a.cpu / LETTERS);
  note('hub, pool: CPU ms per letter', b.cpu / LETTERS);
  if (lo) {
    // LibreOffice kept running (the listener, or the difference of two runs; see above). Cold: one
    // soffice started for one letter.
    const one = lo(1);
    let warmWall: number;
    let warmCpu: number;
    if (kept) ({ wall: warmWall, cpu: warmCpu } = kept(LO_BATCH));
    else {
      const batch = lo(LO_BATCH);
      warmWall = (batch.wall - one.wall) / (LO_BATCH - 1);
      warmCpu = (batch.cpu - one.cpu) / (LO_BATCH - 1);
    }
    note('LibreOffice kept running: ms per letter (wall)', warmWall);
    note('LibreOffice kept running: CPU ms per letter', warmCpu);
    note('LibreOffice cold: ms per letter (wall)', one.wall);
    note('LibreOffice cold: CPU ms per letter', one.cpu);
    // Per letter, one core each: CPU against CPU, and one thread's wall against LibreOffice's (one process).
    note('kept running ÷ hub one thread (CPU)', warmCpu / (a.cpu / LETTERS));
    note('kept running ÷ hub one thread (wall)', warmWall / (a.wall / LETTERS));
    note('kept running ÷ hub pool (CPU)', warmCpu / (b.cpu / LETTERS));
    // The pool's wall time uses every core, LibreOffice's one: throughput, not cost per letter.
    note(`kept running ÷ hub pool of ${workers} (wall)`, warmWall / (b.wall / LETTERS));
    note('cold ÷ hub one thread (CPU)', one.cpu / (a.cpu / LETTERS));
    note(`cold ÷ hub pool of ${workers} (wall)`, one.wall / (b.wall / LETTERS));
  }
  console.log(`pair ${p + 1}/${PAIRS} done`);
}
await pool.close();
stopListener();
if (lo)
  console.log(
    `LibreOffice kept running: ${
      kept ? 'one soffice listening on a pipe' : `one soffice converting ${LO_BATCH} letters less one converting 1`
    }`,
  );
console.log(`\n${PAIRS} interleaved pairs, ${LETTERS} letters each (render + PAdES signature); min / median / max`);
for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(48)} ${spread(v)}`);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
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
