import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLBuilder } from 'fast-xml-parser';
import type { Endpoint, LegacyShape, OutboundMessage } from '../../delivery/message.ts';
import { guardOf, signBody, type Transport } from '../../delivery/transports.ts';
import { confineFileDrop, postGuarded } from '../../security/egress.ts';
import { approvalToLicenseItems, supervisionToPenaltyItems } from '../../schema/shuanggongshi.ts';
import type { ApprovalDecision, SupervisionRecord } from '../../schema/linkage.ts';

/**
 * Outbound to a file-drop department: each message is written to its outbox folder as
 * `<message id>.json` — or, in the department's own shape, `<message id>.<csv|xml|json>` in its
 * adapter's format and encoding — atomically (temporary name, then rename), so the department never
 * reads half a file; the rename is the acknowledgement, and a resent message overwrites itself.
 */
export const fileDropOutbound: Pick<Transport, 'send'> = {
  async send(message, endpoint, legacy) {
    // Checked again here: the folder must still lie in the department's exchange folder when writing.
    const folder = confineFileDrop(guardOf(endpoint), endpoint.department, endpoint.url);
    mkdirSync(folder, { recursive: true });
    const { name, data } = outboundFile(message, legacy);
    const tmp = join(folder, `.${name}.tmp`);
    writeFileSync(tmp, data);
    renameSync(tmp, join(folder, name));
  },
};

/** The file a message is delivered as: the department's own shape where there is one, else the message as JSON. */
export function outboundFile(message: OutboundMessage, legacy?: LegacyShape): { name: string; data: Buffer } {
  return legacy
    ? { name: `${message.id}.${legacy.extension}`, data: legacy.body }
    : { name: `${message.id}.json`, data: Buffer.from(JSON.stringify(message, null, 2)) };
}

/**
 * A message as a provincial ExchangeMessage: Header plus its records — in the department's own shape
 * (its adapter's outbound side) where given, else the 双公示 items of its record with the payload as JSON.
 */
function toExchangeMessage(message: OutboundMessage, receiver: string, legacy?: LegacyShape): string {
  const payload = message.payload as { decision?: ApprovalDecision; record?: SupervisionRecord };
  const items = payload.decision
    ? approvalToLicenseItems(payload.decision)
    : payload.record
      ? supervisionToPenaltyItems(payload.record)
      : {};
  const record = legacy
    ? legacy.records
    : { ...items, MATTER_CODE: payload.decision?.matterCode, PAYLOAD_JSON: JSON.stringify(message.payload) };
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    ExchangeMessage: {
      Header: {
        Sender: 'shenguan-hub',
        Receiver: receiver,
        FlowId: message.type,
        ItemId: message.id,
        SubjectId: message.subject.id,
        CreatedAt: message.createdAt,
      },
      Body: {
        Records: { Record: record },
      },
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(doc) as string;
}

/** Outbound XML over HTTP: POST the ExchangeMessage, signed like the webhooks; 2xx is the acknowledgement. */
export const xmlHttpTransport: Transport = {
  name: 'xml-http',
  http: true,
  async send(message, endpoint: Endpoint, legacy) {
    if (!endpoint.url) throw new Error(`xml-http endpoint of ${endpoint.department} has no URL`);
    const body = toExchangeMessage(message, endpoint.department, legacy);
    const headers: Record<string, string> = {
      'content-type': 'application/xml; charset=utf-8',
      'idempotency-key': message.id,
    };
    if (endpoint.secret)
      headers['x-shenguan-signature'] = signBody(endpoint.secret, Math.floor(Date.now() / 1000), body);
    const res = await postGuarded(guardOf(endpoint), endpoint.url, headers, body);
    if (res.status < 200 || res.status > 299) throw new Error(`HTTP ${res.status} from ${endpoint.url}`);
  },
};
