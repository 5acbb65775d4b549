/**
 * One audit entry per push. An approval or supervision push records its deliveries inside its own entry
 * (`after.deliveries`: each delivery's id, recipient, channel, claim state and deadlines) instead of one
 * `delivery.created` entry each: the deliveries are created by the same statement as the push, by the
 * same actor at the same instant, so one entry proves them as well as several did (001 §15, 004 #31)
 * at a fraction of the rows the audit chain links. Likewise the messages of one subject the dispatcher
 * sends together to one department share one `delivery.sent` entry (`after.messages`). Timelines show each
 * delivery and each message on its own line as before (`withDeliveryEvents`), so readers see the same
 * events; the log itself lists what was written.
 */

/** Push actions whose entry names the deliveries the push created. */
const PUSH_ACTIONS = new Set(['approval.pushed', 'approval.corrected', 'supervision.pushed']);

/** A delivery as the push entry names it. */
export interface CoveredDelivery {
  id: string;
  recipient: string;
  [fact: string]: unknown;
}

interface TimelineEntry {
  action: string;
  after: unknown;
  entity_type: string;
  entity_id: string;
  department_code: string | null;
}

function covered(entry: TimelineEntry): CoveredDelivery[] {
  if (!PUSH_ACTIONS.has(entry.action) || !entry.after || typeof entry.after !== 'object') return [];
  const list = (entry.after as { deliveries?: unknown }).deliveries;
  return Array.isArray(list)
    ? list.filter((d): d is CoveredDelivery => typeof d?.id === 'string' && typeof d?.recipient === 'string')
    : [];
}

/** The messages a `delivery.sent` entry lists when it covers several sent together. */
function sentTogether(entry: TimelineEntry): { id: string; attempt: unknown }[] {
  if (entry.action !== 'delivery.sent' || !entry.after || typeof entry.after !== 'object') return [];
  const list = (entry.after as { messages?: unknown }).messages;
  return Array.isArray(list)
    ? list.filter((m): m is { id: string; attempt: unknown } => typeof m?.id === 'string')
    : [];
}

/**
 * Entries in order, each push entry followed by one `delivery.created` event per delivery it names (same
 * time and actor, the recipient's department, the delivery's facts as `after`), and a `delivery.sent` entry
 * covering several messages shown as one event per message: the timeline as it read when each delivery and
 * each message had an entry of its own. Entries written one per delivery before pass as they are.
 */
export function withDeliveryEvents<T extends TimelineEntry>(entries: T[]): T[] {
  const out: T[] = [];
  for (const entry of entries) {
    const sent = sentTogether(entry);
    if (sent.length) {
      for (const m of sent) out.push({ ...entry, entity_id: m.id, after: { attempt: m.attempt } });
      continue;
    }
    out.push(entry);
    for (const { id, ...facts } of covered(entry))
      out.push({
        ...entry,
        action: 'delivery.created',
        entity_type: 'delivery',
        entity_id: id,
        department_code: facts.recipient,
        after: facts,
      });
  }
  return out;
}
