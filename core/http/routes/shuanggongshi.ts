import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../audit/actor.ts';
import { HubError } from '../../errors/hub-error.ts';
import type { HubContext } from '../../hub-context.ts';
import { Code, IsoDate, StringEnum } from '../../schema/common.ts';
import { exportShuanggongshi, importShuanggongshi } from '../../shuanggongshi/sgs-io.ts';
import { requireActor, SECURED } from '../auth.ts';
import { errorResponses } from '../error-handler.ts';
import { IngestSummaryView } from '../views.ts';

const KindParam = StringEnum(['xk', 'cf'] as const, { description: 'xk 行政许可 / cf 行政处罚' });

/**
 * 行政许可 data is the bureau's (001 §7(一)1): its keys and the administrator's; a department reads and writes its
 * own CF_.
 */
async function assertKindAllowed(ctx: HubContext, actor: Actor, kind: 'xk' | 'cf'): Promise<void> {
  if (kind === 'cf' || actor.roles.includes('admin')) return;
  const dept = actor.department
    ? await ctx.db.selectFrom('departments').select('kind').where('code', '=', actor.department).executeTakeFirst()
    : undefined;
  if (dept?.kind !== 'bureau') throw new HubError('FORBIDDEN_ROLE', { role: 'bureau / 审批局' });
}

export const shuanggongshiRoutes: FastifyPluginAsyncTypebox<{ ctx: HubContext }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/shuanggongshi/:kind/export',
    {
      schema: {
        tags: ['shuanggongshi'],
        summary: '导出双公示文件（行政许可 XK_ / 行政处罚 CF_），按 2021 标准列序；CSV（GB18030 或 UTF-8）或 XLSX',
        security: SECURED,
        params: Type.Object({ kind: KindParam }),
        querystring: Type.Object({
          from: IsoDate,
          to: IsoDate,
          by: StringEnum(['decision', 'recorded'] as const, {
            default: 'decision',
            description: 'decision 按决定日期 / recorded 按入库日期',
          }),
          format: StringEnum(['csv', 'xlsx'] as const, { default: 'csv' }),
          encoding: StringEnum(['utf-8', 'gb18030'] as const, { default: 'gb18030' }),
          department: Type.Optional(Code),
          matterColumn: Type.Boolean({
            default: false,
            description: '行政许可：末尾附“事项编码”列（标准外），便于再导入',
          }),
        }),
        response: {
          200: {
            description: '双公示文件 — the file, as exported',
            content: {
              'text/csv': { schema: Type.Unsafe<Buffer>(Type.String({ description: 'CSV，GB18030 或 UTF-8 带 BOM' })) },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: Type.Unsafe<Buffer>(Type.String({ format: 'binary' })),
              },
            },
          },
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { kind } = req.params;
      await assertKindAllowed(ctx, actor, kind);
      const q = req.query;
      if (q.to < q.from)
        throw new HubError(
          'VALIDATION_FAILED',
          { count: 1 },
          { details: [{ pointer: '/to', zh: '截止日期早于起始日期', en: 'to is before from' }] },
        );
      // A department's key exports its own penalties only.
      const department = actor.roles.includes('admin') ? q.department : (actor.department ?? undefined);
      const file = await exportShuanggongshi(ctx, {
        kind: kind === 'xk' ? 'XK' : 'CF',
        from: q.from,
        to: q.to,
        by: q.by,
        format: q.format,
        encoding: q.encoding,
        matterColumn: q.matterColumn,
        ...(kind === 'cf' && department ? { department } : {}),
      });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-record-count', String(file.rows))
        .send(file.bytes);
    },
  );

  app.post(
    '/api/v1/shuanggongshi/:kind/import',
    {
      schema: {
        tags: ['shuanggongshi'],
        summary:
          '导入双公示导出文件（CSV：UTF-8/GBK/GB18030，或 XLSX）。行政许可由审批局导入（默认只入库、不再推送），行政处罚由部门导入；逐条返回结果',
        security: SECURED,
        params: Type.Object({ kind: KindParam }),
        consumes: [
          'text/csv',
          'application/octet-stream',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ],
        querystring: Type.Object({
          push: Type.Boolean({ default: false, description: '行政许可：true 时逐条推送给各部门（默认只入库）' }),
          matterCode: Type.Optional(Code),
          encoding: Type.Optional(StringEnum(['utf-8', 'gbk', 'gb18030'] as const)),
        }),
        response: {
          200: IngestSummaryView,
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { kind } = req.params;
      await assertKindAllowed(ctx, actor, kind);
      if (!actor.department)
        throw new HubError('FORBIDDEN_ROLE', { role: kind === 'xk' ? 'bureau / 审批局' : 'department / 部门' });
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      return importShuanggongshi(ctx, kind === 'xk' ? 'XK' : 'CF', bytes, actor, {
        push: req.query.push,
        ...(req.query.matterCode ? { matterCode: req.query.matterCode } : {}),
        ...(req.query.encoding ? { encoding: req.query.encoding } : {}),
      });
    },
  );
};
