import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import { exportCatalogue, importCatalogue } from '../../catalogue/catalogue-io.ts';
import {
  diffVersions,
  entryHistory,
  getEntry,
  listEntries,
  putEntry,
  retireEntry,
  CATALOGUE_CHANGE_TYPES,
} from '../../catalogue/catalogue-store.ts';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import { Matter, SupervisionMatter, type CatalogueKind } from '../../schema/catalogue.ts';
import { Code, InstantOut, IsoDate, NonEmpty, StringEnum } from '../../schema/common.ts';
import { requireActor, SECURED } from '../auth.ts';

/** URL segment ↔ catalogue kind. */
const KINDS = { matters: 'matter', 'supervision-matters': 'supervision-matter' } as const satisfies Record<
  string,
  CatalogueKind
>;
const KindParam = StringEnum(['matters', 'supervision-matters'] as const, {
  description: 'matters 划转事项目录 / supervision-matters 监管事项清单',
});
const Errors = {
  400: { $ref: 'ErrorBody#' },
  401: { $ref: 'ErrorBody#' },
  403: { $ref: 'ErrorBody#' },
  404: { $ref: 'ErrorBody#' },
};

/** 002 §3, §9; 004 #1–3: every change has its type, the decision it rests on and the date it takes effect. */
const ChangeMeta = {
  effectiveFrom: IsoDate,
  reason: NonEmpty('变更原因（如法规政策调整及其文号）', 1000),
  decisionRef: NonEmpty('调整决定文号（区政府或审改办的动态调整决定）', 200),
  changeType: Type.Optional(
    StringEnum(CATALOGUE_CHANGE_TYPES, {
      description:
        '划入 transfer-in / 调整 adjust（修订时）；取消 cancel / 下放 delegate / 转为备案 to-filing（移出时）',
    }),
  ),
};
const versionOf = (data: TSchema) =>
  Type.Object({
    kind: Type.String(),
    code: Type.String(),
    version: Type.Integer(),
    effectiveFrom: Type.String(),
    retired: Type.Boolean(),
    data: Type.Union([data, Type.Null()]),
    author: Type.String(),
    reason: Type.String(),
    createdAt: InstantOut,
    changeType: Type.Union([Type.String(), Type.Null()]),
    decisionRef: Type.Union([Type.String(), Type.Null()]),
  });
const AnyVersion = versionOf(Type.Union([Matter, SupervisionMatter]));

export const catalogueRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/catalogue/:kind',
    {
      schema: {
        tags: ['catalogue'],
        summary: '某日有效的目录条目',
        params: Type.Object({ kind: KindParam }),
        querystring: Type.Object({ asOf: Type.Optional(IsoDate) }),
        response: { 200: Type.Array(AnyVersion) },
      },
    },
    async (req) => listEntries(ctx, KINDS[req.params.kind], req.query.asOf),
  );

  app.get(
    '/api/v1/catalogue/:kind/export',
    {
      schema: {
        tags: ['catalogue'],
        summary: '导出目录（JSON，或 CSV：UTF-8 带 BOM / GB18030）',
        params: Type.Object({ kind: KindParam }),
        querystring: Type.Object({
          format: StringEnum(['json', 'csv'] as const, { default: 'csv' }),
          encoding: StringEnum(['utf-8', 'gb18030'] as const, { default: 'utf-8' }),
          asOf: Type.Optional(IsoDate),
        }),
        response: {
          200: {
            description: '目录文件 — the catalogue as a JSON array or a CSV file with Chinese headers',
            content: {
              // the file's bytes as exported (sent as they are, not re-serialised)
              'application/json': {
                schema: Type.Unsafe<Buffer>(
                  Type.Object(
                    {},
                    {
                      additionalProperties: Type.Array(Type.Object({}, { additionalProperties: true })),
                      description: '{ "matters": [...] } 或 { "supervisionMatters": [...] }，可原样再导入',
                    },
                  ),
                ),
              },
              'text/csv': { schema: Type.Unsafe<Buffer>(Type.String({ description: 'CSV，UTF-8 带 BOM 或 GB18030' })) },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const { format, encoding, asOf } = req.query;
      const body = await exportCatalogue(ctx, KINDS[req.params.kind], format, encoding, asOf);
      const type =
        format === 'json'
          ? 'application/json; charset=utf-8'
          : `text/csv; charset=${encoding === 'gb18030' ? 'GB18030' : 'utf-8'}`;
      return reply
        .header('content-type', type)
        .header('content-disposition', `attachment; filename="${req.params.kind}.${format}"`)
        .send(body);
    },
  );

  app.get(
    '/api/v1/catalogue/:kind/:code',
    {
      schema: {
        tags: ['catalogue'],
        summary: '目录条目（指定版本，或某日有效的版本）',
        params: Type.Object({ kind: KindParam, code: Code }),
        querystring: Type.Object({
          version: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
          asOf: Type.Optional(IsoDate),
        }),
        response: { 200: AnyVersion, 404: { $ref: 'ErrorBody#' } },
      },
    },
    async (req) => getEntry(ctx, KINDS[req.params.kind], req.params.code, req.query),
  );

  app.get(
    '/api/v1/catalogue/:kind/:code/history',
    {
      schema: {
        tags: ['catalogue'],
        summary: '条目的全部版本（生效日期、作者、原因）',
        params: Type.Object({ kind: KindParam, code: Code }),
        response: { 200: Type.Array(AnyVersion), 404: { $ref: 'ErrorBody#' } },
      },
    },
    async (req) => entryHistory(ctx, KINDS[req.params.kind], req.params.code),
  );

  app.get(
    '/api/v1/catalogue/:kind/:code/diff',
    {
      schema: {
        tags: ['catalogue'],
        summary: '两个版本之间的字段差异',
        params: Type.Object({ kind: KindParam, code: Code }),
        querystring: Type.Object({
          from: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
          to: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
        }),
        response: {
          200: Type.Array(
            Type.Object({
              type: StringEnum(['added', 'removed', 'changed'] as const),
              pointer: Type.String(),
              before: Type.Optional(Type.Unknown()),
              after: Type.Optional(Type.Unknown()),
            }),
          ),
          404: { $ref: 'ErrorBody#' },
        },
      },
    },
    async (req) => diffVersions(ctx, KINDS[req.params.kind], req.params.code, req.query.from, req.query.to),
  );

  app.put(
    '/api/v1/catalogue/matters/:code',
    {
      schema: {
        tags: ['catalogue'],
        summary: '修订划转事项，生成新版本（管理员）',
        security: SECURED,
        params: Type.Object({ code: Code }),
        body: Type.Object({ ...ChangeMeta, entry: Matter }),
        response: { 200: versionOf(Matter), ...Errors },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'admin');
      if (req.body.entry.code !== req.params.code) throw codeMismatch();
      return (await putEntry(ctx, 'matter', req.body.entry, req.body, actor)).entry;
    },
  );

  app.put(
    '/api/v1/catalogue/supervision-matters/:code',
    {
      schema: {
        tags: ['catalogue'],
        summary: '修订监管事项，生成新版本（管理员）',
        security: SECURED,
        params: Type.Object({ code: Code }),
        body: Type.Object({ ...ChangeMeta, entry: SupervisionMatter }),
        response: { 200: versionOf(SupervisionMatter), ...Errors },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'admin');
      if (req.body.entry.code !== req.params.code) throw codeMismatch();
      return (await putEntry(ctx, 'supervision-matter', req.body.entry, req.body, actor)).entry;
    },
  );

  app.delete(
    '/api/v1/catalogue/:kind/:code',
    {
      schema: {
        tags: ['catalogue'],
        summary: '自某日起移出目录（保留历史）（管理员）',
        security: SECURED,
        params: Type.Object({ kind: KindParam, code: Code }),
        body: Type.Object(ChangeMeta),
        response: { 200: AnyVersion, ...Errors },
      },
    },
    async (req) => retireEntry(ctx, KINDS[req.params.kind], req.params.code, req.body, requireActor(req, 'admin')),
  );

  app.post(
    '/api/v1/catalogue/import',
    {
      schema: {
        tags: ['catalogue'],
        summary: '批量导入目录（CSV：UTF-8/GB18030，中文表头；或 JSON）。好的行导入，坏的行逐行报告（管理员）',
        security: SECURED,
        consumes: ['text/csv', 'application/json', 'application/octet-stream'],
        querystring: Type.Object({
          format: StringEnum(['csv', 'json'] as const, { default: 'csv' }),
          kind: Type.Optional(KindParam),
          encoding: Type.Optional(StringEnum(['utf-8', 'gbk', 'gb18030'] as const)),
          effectiveFrom: Type.Optional(IsoDate),
          reason: Type.Optional(Type.String({ maxLength: 1000 })),
          decisionRef: Type.Optional(Type.String({ maxLength: 200, description: '调整决定文号' })),
        }),
        response: {
          200: Type.Object({
            fileEncoding: Type.String(),
            imported: Type.Array(
              Type.Object({
                kind: Type.String(),
                code: Type.String(),
                version: Type.Integer(),
                changed: Type.Boolean(),
                line: Type.Optional(Type.Integer()),
              }),
            ),
            rejected: Type.Array(
              Type.Object({
                kind: Type.String(),
                code: Type.Optional(Type.String()),
                line: Type.Optional(Type.Integer()),
                pointer: Type.Optional(Type.String()),
                errors: Type.Array(
                  Type.Object({
                    field: Type.Optional(Type.String()),
                    line: Type.Optional(Type.Integer()),
                    pointer: Type.Optional(Type.String()),
                    code: Type.Optional(Type.String()),
                    zh: Type.String(),
                    en: Type.String(),
                  }),
                ),
              }),
            ),
            warnings: Type.Array(
              Type.Object({
                field: Type.Optional(Type.String()),
                line: Type.Optional(Type.Integer()),
                zh: Type.String(),
                en: Type.String(),
              }),
            ),
          }),
          ...Errors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'admin');
      const { format, kind, ...opts } = req.query;
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.from(JSON.stringify(req.body));
      return importCatalogue(ctx, bytes, `upload.${format}`, { ...opts, kind: kind && KINDS[kind] }, actor);
    },
  );
};

function codeMismatch(): HubError {
  return new HubError(
    'VALIDATION_FAILED',
    { count: 1 },
    { details: [{ pointer: '/entry/code', zh: '条目编码与地址不一致', en: 'entry code differs from the URL' }] },
  );
}
