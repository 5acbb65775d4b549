import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HubError } from '../../errors/hub-error.ts';
import type { SourceRecord } from '../mapping.ts';

const XML_LIMITS = { maxBytes: 5 * 1024 * 1024, maxDepth: 32 };

/**
 * The deepest element nesting of a document, counted before any parser recurses into it. Every
 * start tag counts, whatever its name is written in (Chinese tag names are legal XML); comments,
 * CDATA sections, processing instructions and declarations are skipped, and a `>` inside a quoted
 * attribute value does not end its tag. One linear pass; stops counting once past the limit.
 */
function nestingDepth(text: string, stopAbove = XML_LIMITS.maxDepth): number {
  let depth = 0;
  let max = 0;
  let i = text.indexOf('<');
  while (i !== -1 && i < text.length) {
    const next = text[i + 1];
    if (text.startsWith('<!--', i)) i = skipPast(text, i + 4, '-->');
    else if (text.startsWith('<![CDATA[', i)) i = skipPast(text, i + 9, ']]>');
    else if (next === '?') i = skipPast(text, i + 2, '?>');
    else if (next === '!') i = skipPast(text, i + 2, '>');
    else {
      let j = i + 1;
      let quote = '';
      for (; j < text.length; j++) {
        const c = text[j];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (next === '/') depth--;
      else if (text[j - 1] !== '/') {
        max = Math.max(max, ++depth);
        if (max > stopAbove) return max;
      }
      i = j + 1;
    }
    i = text.indexOf('<', i);
  }
  return max;
}

function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at === -1 ? text.length : at + end.length;
}

/**
 * Hardened XML reading: a DOCTYPE (and with it any entity declaration) is refused outright, the
 * size and nesting depth are bounded, the structure is validated first so a broken document is
 * named with its line, and values stay text (`parseTagValue: false`) so codes like 0123 survive.
 */
export function parseXml(text: string): Record<string, unknown> {
  if (Buffer.byteLength(text) > XML_LIMITS.maxBytes)
    throw new HubError('XML_REJECTED', { reason: `larger than ${XML_LIMITS.maxBytes} bytes / 超过大小限制` });
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new HubError('XML_REJECTED', {
      reason: 'DTD and entity declarations are not accepted / 不接受 DTD 和实体声明',
    });
  if (nestingDepth(text) > XML_LIMITS.maxDepth)
    throw new HubError('XML_REJECTED', { reason: `nested deeper than ${XML_LIMITS.maxDepth} / 嵌套层级过深` });
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new HubError(
      'XML_REJECTED',
      { reason: `${valid.err.msg} (line ${valid.err.line})` },
      {
        details: [
          {
            line: valid.err.line,
            zh: `第 ${valid.err.line} 行：${valid.err.msg}`,
            en: `line ${valid.err.line}: ${valid.err.msg}`,
          },
        ],
      },
    );
  }
  return new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    processEntities: false,
    trimValues: true,
  }).parse(text) as Record<string, unknown>;
}

function findKey(obj: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : obj[key];
}

const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * Records of a provincial data-exchange `ExchangeMessage` (Header: sender, receiver, flow and item
 * ids; Body holding one or more records of 双公示 XK_/CF_ elements, in upper or lower case).
 * Field names come out upper-case; each record's path names where it was.
 */
export function exchangeMessageRecords(text: string): { header: Record<string, string>; records: SourceRecord[] } {
  const doc = parseXml(text);
  const message = findKey(doc, 'ExchangeMessage') as Record<string, unknown> | undefined;
  if (!message)
    throw new HubError('XML_REJECTED', { reason: 'root element is not ExchangeMessage / 根元素不是 ExchangeMessage' });
  const header = Object.fromEntries(
    Object.entries((findKey(message, 'Header') as Record<string, unknown>) ?? {}).map(([k, v]) => [k, String(v)]),
  );
  const body = (findKey(message, 'Body') as Record<string, unknown>) ?? {};
  const container = (findKey(body, 'Records') as Record<string, unknown>) ?? body;
  const items = [...asArray(findKey(container, 'Record')), ...asArray(findKey(container, 'fields'))];
  const records = items.map((item, i) => ({
    path: `/ExchangeMessage/Body/Record[${i + 1}]`,
    line: i + 1,
    fields: Object.fromEntries(
      Object.entries((item ?? {}) as Record<string, unknown>).map(([k, v]) => [
        k.toUpperCase(),
        typeof v === 'object' ? JSON.stringify(v) : String(v),
      ]),
    ),
  }));
  return { header, records };
}
