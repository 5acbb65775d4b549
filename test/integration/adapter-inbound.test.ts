import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadAdapters } from '../../core/adapters/registry.ts';
import { bearer, withDemo } from '../support/demo.ts';
import { createTestHub, type TestHub } from '../support/test-hub.ts';

const dir = (name: string) => fileURLToPath(new URL(`../../adapters/${name}`, import.meta.url));
const XML = readFileSync(`${dir('scjg-xml')}/fixtures/exchange-message.xml`, 'utf8');
const JSON_BODY = JSON.parse(readFileSync(`${dir('rsj-rest')}/fixtures/punishments.json`, 'utf8'));

let hub: TestHub;
let app: FastifyInstance;
let keys: Record<string, string>;
afterEach(async () => {
  await hub?.close();
});

async function start() {
  hub = await createTestHub({ now: '2026-06-12T10:00:00+08:00' });
  keys = await withDemo(hub);
  app = await hub.app({ adapters: loadAdapters([dir('scjg-xml'), dir('rsj-rest')]) });
}
const postXml = (key: string, body: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/adapters/scjg-xml/inbound',
    headers: { ...bearer(key), 'content-type': 'application/xml' },
    payload: body,
  });

describe('XML over HTTP: 市场监督管理局 ExchangeMessage', () => {
  it('answers record by record, and a resent message records nothing twice', async () => {
    await start();
    const first = (await postXml(keys.scjg!, XML)).json();
    expect(first).toMatchObject({ records: 3, accepted: 2, duplicate: 0, rejected: 1 });
    expect(first.outcomes[2]).toMatchObject({
      line: 3,
      status: 'rejected',
      errors: [expect.objectContaining({ code: 'USCC_MISSING' })],
    });
    const again = (await postXml(keys.scjg!, XML)).json();
    expect(again).toMatchObject({ accepted: 0, duplicate: 2, rejected: 1 });
    expect(await hub.ctx.db.selectFrom('supervision_records').select('id').execute()).toHaveLength(2);
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select('actor')
      .where('action', '=', 'supervision.pushed')
      .execute();
    expect(audit[0]!.actor).toMatch(/^key:[0-9a-f]+ via adapter:scjg-xml$/);
  });

  it('refuses a document with a DTD, a malformed one (with its line), and another department’s key', async () => {
    await start();
    const dtd = await postXml(
      keys.scjg!,
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<ExchangeMessage><Body/></ExchangeMessage>`,
    );
    expect(dtd.statusCode).toBe(400);
    expect(dtd.json()).toMatchObject({
      code: 'XML_REJECTED',
      message: { zh: 'XML 文档被拒绝：DTD and entity declarations are not accepted / 不接受 DTD 和实体声明' },
    });
    const broken = await postXml(
      keys.scjg!,
      '<ExchangeMessage>\n<Body>\n<Record><CF_XDR_MC>x</CF_XDR_MC>\n</Body></ExchangeMessage>',
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.json().details[0].line).toBeGreaterThan(0);
    const deep = await postXml(
      keys.scjg!,
      `<ExchangeMessage>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</ExchangeMessage>`,
    );
    expect(deep.json().message.en).toContain('nested deeper');
    expect((await postXml(keys.rsj!, XML)).statusCode).toBe(403);
  });
});

describe('REST/JSON: 人力资源和社会保障局 in its own shape', () => {
  it('maps its codes and 元 amounts, and its 失信名单 record restricts the counterpart', async () => {
    await start();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/adapters/rsj-rest/inbound',
      headers: bearer(keys.rsj!),
      payload: JSON_BODY,
    });
    expect(res.json()).toMatchObject({
      records: 3,
      accepted: 2,
      rejected: 1,
      outcomes: [
        { status: 'accepted' },
        { status: 'accepted' },
        { status: 'rejected', errors: [expect.objectContaining({ field: 'unit.type' })] },
      ],
    });
    const fine = await hub.ctx.db
      .selectFrom('supervision_records')
      .select('record')
      .where('kind', '=', 'penalty')
      .executeTakeFirstOrThrow();
    expect(fine.record).toMatchObject({ fineWanYuan: '2', decisionDate: '2026-06-05' });
    const credit = await app.inject({
      url: '/api/v1/counterparts/91110000802100433B/credit',
      headers: bearer(keys.bureau!),
    });
    expect(credit.json().status).toBe('restricted');
  });
});
