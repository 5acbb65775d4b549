import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { DOCUMENT_KINDS, SUBJECT_TYPE } from '../../documents/document-sources.ts';
import {
  documentFileName,
  documentPdf,
  getDocument,
  issueOnDemand,
  listDocuments,
  verifyDocument,
  type DocumentMeta,
} from '../../documents/documents.ts';
import { issueMonthlyReport } from '../../documents/monthly-report.ts';
import type { HubContext } from '../../hub-context.ts';
import { InstantOut, StringEnum } from '../../schema/common.ts';
import { requireActor, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';
import { IdParams } from '../route-shapes.ts';

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7, description: 'YYYY-MM' });
const KindEnum = StringEnum(Object.keys(DOCUMENT_KINDS) as [keyof typeof DOCUMENT_KINDS], {
  description: Object.entries(DOCUMENT_KINDS)
    .map(([k, v]) => `${k} ${v}`)
    .join(' / '),
});

const DocumentView = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    kindName: Type.String({ description: '文书种类中文名' }),
    number: Type.Union([Type.String({ description: '发文字号' }), Type.Null()]),
    title: Type.String(),
    issuer: Type.String({ description: '发文部门代码' }),
    subject: Type.Object({ type: Type.String(), id: Type.String() }),
    audience: Type.Array(Type.String(), { description: '可下载的部门（审批局均可）' }),
    sha256: Type.String(),
    pages: Type.Integer(),
    bytes: Type.Integer(),
    createdAt: InstantOut,
    createdBy: Type.String(),
    pdf: Type.String({ description: '下载地址' }),
  },
  { $id: 'Document', title: 'Document 文书' },
);
const documentView = (d: DocumentMeta) => ({
  id: d.id,
  kind: d.kind,
  kindName: DOCUMENT_KINDS[d.kind as keyof typeof DOCUMENT_KINDS] ?? d.kind,
  number: d.number,
  title: d.title,
  issuer: d.issuer,
  subject: { type: d.subject_type, id: d.subject_id },
  audience: d.audience,
  sha256: d.sha256,
  pages: d.pages,
  bytes: d.bytes,
  createdAt: d.created_at,
  createdBy: d.created_by,
  pdf: `/api/v1/documents/${d.id}/pdf`,
});

/** RFC 6266/5987: an ASCII fallback plus the Chinese name for browsers that read filename*. */
function attachmentHeader(name: string): string {
  return (
    `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; ` +
    `filename*=UTF-8''${encodeURIComponent(name)}`
  );
}

export const documentRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.addSchema(DocumentView);

  app.get(
    '/api/v1/documents',
    {
      schema: {
        tags: ['documents'],
        summary: '文书列表：本部门主送、抄送或发出的文书（审批局可见全部），新者在前',
        security: SECURED,
        querystring: Type.Object({
          kind: Type.Optional(KindEnum),
          subjectType: Type.Optional(Type.String({ maxLength: 50 })),
          subjectId: Type.Optional(Type.String({ maxLength: 100 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          before: Type.Optional(Type.String({ format: 'date-time', description: '翻页：早于此时间' })),
        }),
        response: { 200: Type.Array(Type.Ref('Document#')), ...errorResponses(400, 401) },
      },
    },
    async (req) => (await listDocuments(ctx, requireActor(req), req.query)).map(documentView),
  );

  app.get(
    '/api/v1/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: '文书元数据',
        security: SECURED,
        params: IdParams,
        response: { 200: Type.Ref('Document#'), ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => documentView(await getDocument(ctx, req.params.id, requireActor(req))),
  );

  app.get(
    '/api/v1/documents/:id/pdf',
    {
      schema: {
        tags: ['documents'],
        summary: '下载文书 PDF（GB/T 9704 版式）',
        security: SECURED,
        params: IdParams,
        response: {
          200: {
            description: 'PDF 文书 — the document (ETag is its SHA-256)',
            content: { 'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } },
          },
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (req, reply) => {
      const { meta, pdf } = await documentPdf(ctx, req.params.id, requireActor(req));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentHeader(documentFileName(meta)))
        .header('etag', `"${meta.sha256}"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/documents',
    {
      schema: {
        tags: ['documents'],
        summary: '按需出具文书（如已在线认领事项的审批信息告知函）；已出具的返回原文书',
        security: SECURED,
        body: Type.Object(
          {
            kind: StringEnum(Object.keys(SUBJECT_TYPE) as [keyof typeof SUBJECT_TYPE]),
            subjectId: Type.String({ maxLength: 100 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Ref('Document#'), 201: Type.Ref('Document#'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { document, created } = await issueOnDemand(ctx, req.body.kind, req.body.subjectId, requireActor(req));
      return reply.status(created ? 201 : 200).send(documentView(document));
    },
  );

  app.post(
    '/api/v1/documents/:id/verify',
    {
      schema: {
        tags: ['documents'],
        summary:
          '核验文书：验证 PAdES 电子签名，比对存档文件与出具时审计日志记录的 SHA-256；本版本生成的文书另以存档数据重新生成并逐字节比对',
        security: SECURED,
        params: IdParams,
        response: {
          200: Type.Object({
            id: Type.String(),
            sha256: Type.String({ description: 'SHA-256 of the stored PDF as it is now' }),
            matchesAuditedSha256: Type.Boolean({
              description: "whether that is the SHA-256 the audit log recorded at the document's issue",
            }),
            renderer: Type.Object({
              issued: Type.Union([Type.String(), Type.Null()], {
                description: 'the renderer that issued the document; null for documents issued before this was kept',
              }),
              current: Type.String(),
            }),
            regenerated: Type.Union([Type.String(), Type.Null()], {
              description: 'SHA-256 of the stored model rendered again; null when another renderer issued it',
            }),
            identical: Type.Union([Type.Boolean(), Type.Null()], {
              description:
                'the model renders again to the signed revision and the signature is valid; ' +
                'null when another renderer issued the document (bytes cannot be made again)',
            }),
            signature: Type.Object({
              valid: Type.Boolean(),
              coversWholeFile: Type.Boolean(),
              digestMatches: Type.Boolean(),
              signatureVerifies: Type.Boolean(),
              signer: Type.Union([Type.String(), Type.Null()]),
              issuer: Type.Union([Type.String(), Type.Null()]),
              selfSigned: Type.Boolean(),
              signedAt: Type.Union([Type.String(), Type.Null()]),
              certificateSha256: Type.Union([Type.String(), Type.Null()]),
              signedRevisionLength: Type.Union([Type.Integer(), Type.Null()]),
            }),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (req) => verifyDocument(ctx, req.params.id, requireActor(req)),
  );

  app.post(
    '/api/v1/reports/monthly/issue',
    {
      schema: {
        tags: ['documents'],
        summary: '出具月度通报 PDF（001 §7）；该月已出具的，返回已有文书',
        security: SECURED,
        querystring: Type.Object({ month: Month }),
        response: { 200: Type.Ref('Document#'), 201: Type.Ref('Document#'), ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const { document, created } = await issueMonthlyReport(ctx, req.query.month, requireActor(req, 'admin'));
      return reply.status(created ? 201 : 200).send(documentView(document));
    },
  );
};
