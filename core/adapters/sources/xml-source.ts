import { HubError } from '../../errors/hub-error.ts';
import type { SourceRecord } from '../mapping.ts';

const XML_LIMITS = { maxBytes: 5 * 1024 * 1024, maxDepth: 32 };

const DTD_REFUSED = 'DTD and entity declarations are not accepted / 不接受 DTD 和实体声明';

/** A broken document, named with the line where the parser found the problem. */
function broken(text: string, at: number, message: string): HubError {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return new HubError(
    'XML_REJECTED',
    { reason: `${message} (line ${line})` },
    { details: [{ line, zh: `第 ${line} 行：${message}`, en: `line ${line}: ${message}` }] },
  );
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references; any other reference has no declaration to come from. */
function decodeReferences(text: string, source: string, at: number): string {
  return text.replace(/&([^;&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw broken(source, at, `'&' that starts no reference`);
    if (name[0] === '#') {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        throw broken(source, at, `invalid character reference &${name};`);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[name];
    if (value === undefined) throw broken(source, at, `undeclared entity &${name};`);
    return value;
  });
}

/** Names that would reach an object's prototype are kept under another key (as fast-xml-parser does). */
const keyOf = (name: string) =>
  name === '__proto__' || name === 'constructor' || name === 'prototype' ? `__${name}` : name;

interface Frame {
  raw: string;
  key: string;
  children: Record<string, unknown> | null;
  text: string;
}

function addChild(parent: Frame, key: string, value: unknown): void {
  parent.children ??= {};
  const existing = parent.children[key];
  if (existing === undefined) parent.children[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else parent.children[key] = [existing, value];
}

/** A closed element's value: its text, or its children (with any text beside them as `#text`). */
function elementValue(frame: Frame): unknown {
  const text = frame.text.trim();
  if (!frame.children) return text;
  if (text) frame.children['#text'] = text;
  return frame.children;
}

/**
 * Hardened XML reading in one pass: a DOCTYPE (and with it any entity declaration) is refused
 * where it stands, only the predefined entities and character references are read, the size and
 * the nesting depth are bounded (the parser keeps its own stack, so depth costs no recursion), and
 * a document that is not well formed is named with its line. Attributes are not read; names lose
 * their namespace prefix; values stay text (codes like 0123 survive), trimmed. Elements come out as
 * fast-xml-parser gives them: text, or an object of children, repeated names as arrays.
 */
export function parseXml(text: string): Record<string, unknown> {
  if (text.length > XML_LIMITS.maxBytes / 4 && Buffer.byteLength(text) > XML_LIMITS.maxBytes)
    throw new HubError('XML_REJECTED', { reason: `larger than ${XML_LIMITS.maxBytes} bytes / 超过大小限制` });
  const document: Frame = { raw: '', key: '', children: null, text: '' };
  const stack: Frame[] = [document];
  let roots = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end > i) {
      let chunk = text.slice(i, end);
      if (stack.length === 1) {
        if (chunk.trim()) throw broken(text, i, 'text outside the root element');
      } else {
        if (chunk.includes('&')) chunk = decodeReferences(chunk, text, i);
        stack[stack.length - 1]!.text += chunk;
      }
    }
    if (lt === -1) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        if (close === -1) throw broken(text, lt, 'comment not closed');
        i = close + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close === -1) throw broken(text, lt, 'CDATA section not closed');
        if (stack.length === 1) throw broken(text, lt, 'CDATA outside the root element');
        stack[stack.length - 1]!.text += text.slice(lt + 9, close);
        i = close + 3;
      } else {
        throw new HubError('XML_REJECTED', { reason: DTD_REFUSED }); // <!DOCTYPE, <!ENTITY, <!ELEMENT …
      }
    } else if (c === 0x3f /* ? */) {
      const close = text.indexOf('?>', lt + 2);
      if (close === -1) throw broken(text, lt, 'processing instruction not closed');
      i = close + 2;
    } else if (c === 0x2f /* / */) {
      const close = text.indexOf('>', lt + 2);
      if (close === -1) throw broken(text, lt, 'closing tag not closed');
      const name = text.slice(lt + 2, close).trimEnd();
      const frame = stack.pop()!;
      if (stack.length === 0 || frame.raw !== name)
        throw broken(
          text,
          lt,
          stack.length === 0 ? `closing tag </${name}> without an opening tag` : `</${name}> closes <${frame.raw}>`,
        );
      addChild(stack[stack.length - 1]!, frame.key, elementValue(frame));
      i = close + 1;
    } else {
      // A start tag: its name, then attributes (skipped, but a '>' inside a quoted value does not end the tag).
      let j = lt + 1;
      for (; j < n; j++) {
        const k = text.charCodeAt(j);
        if (k === 0x3e || k === 0x2f || k === 0x20 || k === 0x09 || k === 0x0a || k === 0x0d) break;
      }
      const raw = text.slice(lt + 1, j);
      if (!raw || /^[\d.\-=<"']/.test(raw)) throw broken(text, lt, `'<' that starts no element`);
      let quote = 0;
      for (; j < n; j++) {
        const k = text.charCodeAt(j);
        if (quote) {
          if (k === quote) quote = 0;
        } else if (k === 0x22 || k === 0x27) quote = k;
        else if (k === 0x3c) throw broken(text, j, `'<' inside the tag <${raw}>`);
        else if (k === 0x3e) break;
      }
      if (j >= n) throw broken(text, lt, `tag <${raw}> not closed`);
      if (stack.length === 1 && roots++) throw broken(text, lt, 'more than one root element');
      const colon = raw.indexOf(':');
      const key = keyOf(colon === -1 ? raw : raw.slice(colon + 1));
      if (text.charCodeAt(j - 1) === 0x2f) addChild(stack[stack.length - 1]!, key, '');
      else {
        if (stack.length > XML_LIMITS.maxDepth)
          throw new HubError('XML_REJECTED', { reason: `nested deeper than ${XML_LIMITS.maxDepth} / 嵌套层级过深` });
        stack.push({ raw, key, children: null, text: '' });
      }
      i = j + 1;
    }
  }
  if (stack.length > 1) throw broken(text, n, `<${stack[stack.length - 1]!.raw}> not closed`);
  if (!roots) throw broken(text, 0, 'no root element');
  return document.children!;
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
