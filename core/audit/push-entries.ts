/**
 * One audit entry per push. An approval or supervision push records its deliveries inside its own entry
 * (`after.deliveries`: each delivery's id, recipient, channel, claim state and deadlines) instead of one
 * `delivery.created` entry each: the deliveries are created by the same statement as the push, by the
 * same actor at the same instant, so one entry proves them as well as several did (001 §15, 004 #31)
 * at a fraction of the rows the audit chain links. Timelines show each delivery on its own line as
 * before (`withDeliveryEvents`), so readers see the same events; the log itself lists what was written.
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

/**
 * Entries in order, each push entry followed by one `delivery.created` event per delivery it names (same
 * time and actor, the recipient's department, the delivery's facts as `after`): the timeline as it read
 * when each delivery had its own entry. Entries written before a push covered its deliveries pass as they are.
 */
export function withDeliveryEvents<T extends TimelineEntry>(entries: T[]): T[] {
  const out: T[] = [];
  for (const entry of entries) {
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
