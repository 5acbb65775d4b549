import type { Endpoint, LegacyShape, OutboundMessage, OutboundShaper } from '../delivery/message.ts';
import { HubError } from '../errors/hub-error.ts';
import { encodeText } from '../files/decode-text.ts';
import type { LoadedAdapter } from './dry-run.ts';
import { sourceFormatFor } from './formats.ts';
import type { MappingSpec } from './mapping.ts';

/** The canonical record a message carries, by type; the other messages (函告, 函询 …) go out canonical. */
function carried(
  message: OutboundMessage,
): { target: MappingSpec['target']; value: Record<string, unknown> } | undefined {
  const p = message.payload;
  if (message.type === 'approval.pushed' && p.decision && typeof p.decision === 'object')
    return { target: 'approval', value: p.decision as Record<string, unknown> };
  if (message.type === 'supervision.pushed' && p.record && typeof p.record === 'object')
    return { target: 'supervision-record', value: p.record as Record<string, unknown> };
  return undefined;
}

/** The endpoint transports an adapter's transport delivers through (a REST adapter is answered by webhook). */
function deliversThrough(adapterTransport: string, endpointTransport: string): boolean {
  return adapterTransport === endpointTransport || (adapterTransport === 'rest' && endpointTransport === 'webhook');
}

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv',
  xml: 'application/xml',
  json: 'application/json',
};

/**
 * The outbound side in delivery: a message to a department whose adapter (same department, a transport
 * its endpoint delivers through, `outbound` among its directions) has an outbound mapping for the record
 * the message carries goes out in that adapter's shape — the mapping's code tables, units, 长期 and
 * date format read the other way, rendered by its format in its encoding. Everything else goes out as
 * the canonical message. A record that cannot be written is OUTBOUND_MAPPING_FAILED naming each field.
 */
export function outboundShaper(adapters: LoadedAdapter[]): OutboundShaper {
  const candidates = [...adapters]
    .filter((a) => a.adapter.manifest.directions.includes('outbound'))
    .sort((a, b) => (a.adapter.manifest.name < b.adapter.manifest.name ? -1 : 1));
  return (message: OutboundMessage, endpoint: Endpoint): LegacyShape | undefined => {
    const record = carried(message);
    if (!record) return undefined;
    for (const { adapter, mapping } of candidates) {
      const { manifest } = adapter;
      if (manifest.department !== endpoint.department || !deliversThrough(manifest.transport, endpoint.transport))
        continue;
      const out = mapping.outboundFor(record.target);
      const format = sourceFormatFor(manifest.format);
      if (!out || !format?.render) continue;
      const written = out.write(record.value);
      if (!written.ok)
        throw new HubError(
          'OUTBOUND_MAPPING_FAILED',
          {
            message: message.id,
            type: message.type,
            adapter: manifest.name,
            department: endpoint.department,
            count: written.errors.length,
          },
          { details: written.errors },
        );
      const rendered = format.render([written.fields], out.columns);
      const encoding = manifest.encoding ?? 'utf-8';
      const body = Buffer.isBuffer(rendered) ? rendered : encodeText(rendered, encoding);
      const type = CONTENT_TYPES[manifest.format];
      return {
        adapter: manifest.name,
        format: manifest.format,
        records: [written.fields],
        columns: out.columns,
        body,
        contentType: type ? `${type}; charset=${encoding}` : 'application/octet-stream',
        extension: type ? manifest.format : Buffer.isBuffer(rendered) ? 'xlsx' : 'csv',
        ...(manifest.frontDb ? { frontDb: manifest.frontDb } : {}),
      };
    }
    return undefined;
  };
}
