import { createHash, randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { shanghaiDate } from '../calendar/china-time.ts';
import { getDepartment } from '../departments/department-store.ts';
import { HubError } from '../errors/hub-error.ts';
import { type HubContext, within } from '../hub-context.ts';
import type { Database, DocumentsTable } from '../storage/tables.ts';
import { documentDefinition, type OfficialDocument } from '../../templates/gbt9704.ts';
import type { Issue } from '../../templates/documents/issue.ts';
import { documentFonts, renderPdf, rendererIdentity } from '../../templates/render.ts';
import { sealSpec } from '../../templates/seal.ts';
import { nextDocumentNumber } from './document-number.ts';
import { signingIdentity, verifyPdfSignature, type SignatureCheck } from './pdf-signature.ts';
import { renderSigned, type SignedRendering, type SigningRequest } from './render-pool.ts';
import {
  DOCUMENT_KINDS,
  REGISTER_OF,
  SUBJECT_TYPE,
  type Register,
  documentSource,
  type DocumentKind,
  type PreparedDocument,
} from './document-sources.ts';

export type DocumentRow = Selectable<DocumentsTable>;
export type DocumentMeta = Omit<DocumentRow, 'pdf' | 'model' | 'renderer'>;

/**
 * The bureau signs with its configured name and seal, numbering each document type in its own register
 * (§7.2.4); a department signs with its name and own round seal, numbering its letters under its
 * configured 代字 (高市监函), or under its full name where none is configured.
 */
async function issuerOf(
  ctx: HubContext,
  tx: Kysely<Database>,
  code: string,
  register: Register,
): Promise<{ name: string; prefix: string; seal: Issue['seal'] }> {
  ctx = within(ctx, tx); // helpers called with ctx must use the transaction too
  const dept = await getDepartment(tx, code);
  if (dept.kind === 'bureau')
    return {
      name: ctx.profile.bureau.name,
      prefix: registerPrefix(ctx, register),
      seal: sealSpec(ctx.profile.bureau.seal),
    };
  const abbreviation = ctx.profile.departmentAbbreviations?.[code] ?? dept.name;
  return { name: dept.name, prefix: `${abbreviation}函`, seal: { rim: dept.name, bottom: '' } };
}

/** The 代字 of one of the bureau's registers: configured, or derived from the letters' 代字 (高审批函 → 高审批发). */
export function registerPrefix(ctx: Pick<HubContext, 'profile'>, register: Register): string {
  const letters = ctx.profile.bureau.documentPrefix;
  if (register === 'letter') return letters;
  const stem = letters.endsWith('函') ? letters.slice(0, -1) : letters;
  return ctx.profile.bureau.registers?.[register] ?? `${stem}${REGISTER_SUFFIX[register]}`;
}
const REGISTER_SUFFIX: Record<Exclude<Register, 'letter'>, string> = {
  file: '发',
  notice: '通',
  entrustment: '委',
  report: '报',
};

/**
 * The linkage rules as a document cites them: title in 《》 then the document number in （）, the
 * order GB/T 9704 §7.3.3 asks for a cited document; without a configured title, the jurisdiction's
 * rules by name.
 */
function rulesCitation(ctx: Pick<HubContext, 'profile'>): string {
  const { regulation, source, name } = ctx.profile;
  const number = /〔\d{4}〕/.test(source) ? `（${source}）` : '';
  return regulation ? `《${regulation}》${number}` : `${name}审管联动有关规定${number}`;
}

function renderModel(model: OfficialDocument, createdAt: Date) {
  return renderPdf(documentDefinition(model, documentFonts()), createdAt);
}

/** How the hub signs what it issues: the identity in force (configured or demo), with its reason and place. */
function signingRequest(ctx: Pick<HubContext, 'profile'>): SigningRequest {
  return {
    id: signingIdentity(ctx.profile.bureau.name),
    reason: 'Official document (GB/T 9704-2012) issued through Shenguan Hub',
    location: ctx.profile.id,
  };
}

/**
 * Issues one document inside the caller's transaction: allocates its 发文字号 (so a rollback leaves
 * no gap), composes it from the flow's records, renders the PDF, stores bytes and model together and
 * writes the PDF's SHA-256 to the audit log.
 */
export async function issueDocument(
  ctx: HubContext,
  tx: Kysely<Database>,
  d: DocumentRequest,
  actor: Actor,
): Promise<DocumentMeta> {
  const staged = await stageDocument(ctx, tx, d);
  return storeDocument(ctx, tx, staged, await renderSigned(staged.model, staged.at, signingRequest(ctx)), actor);
}

export interface DocumentRequest {
  kind: DocumentKind;
  subjectType: string;
  subjectId: string;
  letterId?: string;
  prepared: PreparedDocument;
}
/** A document numbered and composed inside its issuing transaction, not yet rendered. */
export interface StagedDocument {
  request: DocumentRequest;
  model: OfficialDocument;
  number: string;
  at: Date;
}

/**
 * The first half of issuing, inside the caller's transaction: the 发文字号 (allocated there, so a
 * rollback leaves no gap) and the model composed from the flow's records.
 */
export async function stageDocument(
  ctx: HubContext,
  tx: Kysely<Database>,
  d: DocumentRequest,
): Promise<StagedDocument> {
  ctx = within(ctx, tx); // helpers called with ctx must use the transaction too
  const at = ctx.clock.now();
  // 成文日期 is the date of the act the document records (sent, decided, signed), not of rendering.
  const date = shanghaiDate(d.prepared.actAt ?? at);
  const issuer = await issuerOf(ctx, tx, d.prepared.issuer, REGISTER_OF[d.kind]);
  const number = d.prepared.number ?? (await nextDocumentNumber(tx, issuer.prefix, Number(date.slice(0, 4)))).text;
  const model = d.prepared.compose({
    issuer: issuer.name,
    number,
    date,
    seal: issuer.seal,
    rules: rulesCitation(ctx),
  });
  return { request: d, model, number, at };
}

/** Renders and signs a staged document in the render pool (see render-pool.ts). */
export function renderStaged(ctx: Pick<HubContext, 'profile'>, staged: StagedDocument): Promise<SignedRendering> {
  return renderSigned(staged.model, staged.at, signingRequest(ctx));
}

/** The second half, in the same transaction: bytes and model stored together, the PDF's SHA-256 audited. */
export async function storeDocument(
  _ctx: HubContext,
  tx: Kysely<Database>,
  staged: StagedDocument,
  rendered: SignedRendering,
  actor: Actor,
): Promise<DocumentMeta> {
  const { request: d, model, number, at } = staged;
  const row: DocumentRow = {
    id: randomUUID(),
    kind: d.kind,
    number,
    title: model.title,
    issuer: d.prepared.issuer,
    subject_type: d.subjectType,
    subject_id: d.subjectId,
    audience: [...new Set(d.prepared.audience)],
    model: model as unknown as Record<string, unknown>,
    sha256: rendered.sha256,
    renderer: rendered.renderer,
    pdf: rendered.pdf,
    pages: rendered.pages,
    bytes: rendered.pdf.length,
    letter_id: d.letterId ?? null,
    created_at: at,
    created_by: actor.id,
  };
  await tx
    .insertInto('documents')
    .values({ ...row, model: JSON.stringify(model) })
    .execute();
  await recordAudit(tx, {
    actor,
    at,
    action: 'document.issued',
    entityType: 'document',
    entityId: row.id,
    department: d.prepared.issuer,
    subject: `${d.subjectType}:${d.subjectId}`,
    after: {
      kind: d.kind,
      number,
      title: model.title,
      sha256: rendered.sha256,
      bytes: row.bytes,
      pages: row.pages,
      audience: row.audience,
    },
  });
  const { pdf: _pdf, model: _model, renderer: _renderer, ...meta } = row;
  return meta;
}

/** Serialises issuing one document subject across processes, until the transaction ends. */
export async function lockSubject(tx: Kysely<Database>, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(tx);
}

/**
 * A document asked for by staff rather than queued by a flow, e.g. the 审批信息告知函 of an item a
 * department claimed online: the one already issued for the subject (and reader) is returned;
 * otherwise it is issued now. Issuing for one subject is serialised across processes.
 */
export async function issueOnDemand(
  ctx: HubContext,
  kind: Exclude<DocumentKind, 'monthly-report'>,
  subjectId: string,
  actor: Actor,
): Promise<{ document: DocumentMeta; created: boolean }> {
  const subjectType = SUBJECT_TYPE[kind];
  return ctx.db.transaction().execute(async (tx) => {
    await lockSubject(tx, `${kind}:${subjectId}`);
    const letterData: Record<string, unknown> = {};
    if (kind === 'approval-notification') {
      // One letter per receiving department: the caller's own, or for the bureau the first recipient.
      let delivery = tx
        .selectFrom('deliveries')
        .select(['id', 'recipient'])
        .where('subject_type', '=', 'approval')
        .where('subject_id', '=', subjectId)
        .orderBy('recipient');
      if (!actor.roles.includes('admin')) delivery = delivery.where('recipient', '=', actor.department ?? '');
      const found = await delivery.executeTakeFirst();
      if (!found)
        throw new HubError('NOT_FOUND', {
          what: `approval ${subjectId} for your department / 本部门的审批信息 ${subjectId}`,
        });
      letterData.deliveryId = found.id;
    }
    const issued = await tx
      .selectFrom('documents')
      .select(META_COLUMNS)
      .where('kind', '=', kind)
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .orderBy('created_at', 'desc')
      .execute();
    const readable = issued.find(
      (d) =>
        canRead(actor, d) &&
        (kind !== 'approval-notification' ||
          actor.roles.includes('admin') ||
          d.audience.includes(actor.department ?? '')),
    );
    if (readable) return { document: readable, created: false };
    const prepared = await documentSource(kind)(ctx, tx, subjectId, letterData);
    if (!canRead(actor, { audience: prepared.audience, issuer: prepared.issuer }))
      throw new HubError('FORBIDDEN_DEPARTMENT');
    return { document: await issueDocument(ctx, tx, { kind, subjectType, subjectId, prepared }, actor), created: true };
  });
}

/** The bureau (admin) reads every document; a department those addressed to it, issued by it or copied to it. */
function canRead(actor: Actor, doc: Pick<DocumentRow, 'audience' | 'issuer'>): boolean {
  return (
    actor.roles.includes('admin') ||
    (actor.department !== null && (doc.audience.includes(actor.department) || doc.issuer === actor.department))
  );
}

const META_COLUMNS = [
  'id',
  'kind',
  'number',
  'title',
  'issuer',
  'subject_type',
  'subject_id',
  'audience',
  'sha256',
  'pages',
  'bytes',
  'letter_id',
  'created_at',
  'created_by',
] as const;

export async function listDocuments(
  ctx: HubContext,
  actor: Actor,
  q: { kind?: string; subjectType?: string; subjectId?: string; limit?: number; before?: string },
): Promise<DocumentMeta[]> {
  let query = ctx.db
    .selectFrom('documents')
    .select(META_COLUMNS)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(Math.min(q.limit ?? 50, 200));
  if (!actor.roles.includes('admin')) {
    const dept = actor.department ?? '';
    query = query.where((eb) => eb.or([eb('issuer', '=', dept), eb(eb.val(dept), '=', eb.fn.any('audience'))]));
  }
  if (q.kind) query = query.where('kind', '=', q.kind);
  if (q.subjectType) query = query.where('subject_type', '=', q.subjectType);
  if (q.subjectId) query = query.where('subject_id', '=', q.subjectId);
  if (q.before) query = query.where('created_at', '<', new Date(q.before));
  return query.execute();
}

export async function getDocument(ctx: HubContext, id: string, actor: Actor): Promise<DocumentMeta> {
  const doc = await ctx.db.selectFrom('documents').select(META_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!doc) throw new HubError('NOT_FOUND', { what: `document ${id} / 文书 ${id}` });
  if (!canRead(actor, doc)) throw new HubError('FORBIDDEN_DEPARTMENT');
  return doc;
}

export async function documentPdf(
  ctx: HubContext,
  id: string,
  actor: Actor,
): Promise<{ meta: DocumentMeta; pdf: Buffer }> {
  const meta = await getDocument(ctx, id, actor);
  const row = await ctx.db.selectFrom('documents').select('pdf').where('id', '=', id).executeTakeFirstOrThrow();
  return { meta, pdf: Buffer.from(row.pdf) };
}

export interface DocumentCheck {
  id: string;
  /** SHA-256 of the stored PDF as it is now. */
  sha256: string;
  /** Whether that is the SHA-256 written to the (hash-chained) audit log when the document was issued. */
  matchesAuditedSha256: boolean;
  renderer: { issued: string | null; current: string };
  /** SHA-256 of the stored model rendered again; null when another renderer issued the document. */
  regenerated: string | null;
  /**
   * Whether the stored model renders again to the signed revision of the stored PDF, with a valid
   * signature; null when another renderer issued it (its bytes cannot be made again here).
   */
  identical: boolean | null;
  signature: SignatureCheck;
}

/**
 * Checks a stored document three ways: its signature; its SHA-256 against the audit log's entry of its
 * issue; and, when this hub's renderer issued it, the stored model rendered again against the signed
 * revision (the same data must give the same bytes). A document issued by another renderer (an earlier
 * release, other fonts) cannot be rendered to its bytes again, so that comparison is not made — it is
 * not reported as a mismatch.
 */
export async function verifyDocument(ctx: HubContext, id: string, actor: Actor): Promise<DocumentCheck> {
  await getDocument(ctx, id, actor);
  const row = await ctx.db
    .selectFrom('documents')
    .select(['model', 'created_at', 'pdf', 'renderer'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const issued = await ctx.db
    .selectFrom('audit_log')
    .select(sql<string | null>`after ->> 'sha256'`.as('sha256'))
    .where('entity_type', '=', 'document')
    .where('entity_id', '=', id)
    .where('action', '=', 'document.issued')
    .executeTakeFirst();
  const stored = Buffer.from(row.pdf);
  const sha256 = createHash('sha256').update(stored).digest('hex');
  const signature = verifyPdfSignature(stored);
  const current = rendererIdentity();
  const renderer = { issued: row.renderer, current };
  const base = { id, sha256, matchesAuditedSha256: issued?.sha256 === sha256, renderer, signature };
  if (row.renderer !== current) return { ...base, regenerated: null, identical: null };
  const again = await renderModel(row.model as unknown as OfficialDocument, row.created_at);
  const identical = stored.subarray(0, again.pdf.length).equals(again.pdf) && signature.valid;
  return { ...base, regenerated: again.sha256, identical };
}

export function documentFileName(meta: Pick<DocumentMeta, 'kind' | 'number' | 'id'>): string {
  return `${DOCUMENT_KINDS[meta.kind as DocumentKind] ?? meta.kind}-${meta.number ?? meta.id}.pdf`;
}
