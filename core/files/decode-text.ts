import iconv from 'iconv-lite';
import { HubError } from '../errors/hub-error.ts';
import { encodingVerdict, probeBytes } from './encoding-probe.ts';

export type TextEncoding = 'utf-8' | 'gbk' | 'gb18030';

/**
 * Decodes a file from a legacy system. With an explicit encoding the bytes must agree with it —
 * a UTF-8 BOM, or UTF-8 text given as GB18030, or bytes invalid in the encoding, are refused with
 * the byte where they go wrong (see encoding-probe.ts) instead of being decoded into mojibake.
 * Otherwise a UTF-8 BOM or well-formed UTF-8 means UTF-8, and anything else is read as GB18030
 * (a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array, encoding?: string): { text: string; encoding: TextEncoding } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const enc = encoding?.toLowerCase().replace('utf8', 'utf-8');
  if (enc && !['utf-8', 'gbk', 'gb18030', 'gb2312'].includes(enc))
    throw new HubError('FILE_ENCODING_UNKNOWN', { encoding: encoding! });
  const verdict = encodingVerdict(probeBytes(buf), enc);
  if (verdict === 'utf-8') return { text: stripBom(buf.toString('utf8')), encoding: 'utf-8' };
  return {
    text: iconv.decode(buf, 'gb18030'),
    encoding: enc === 'gbk' || enc === 'gb2312' ? 'gbk' : 'gb18030',
  };
}

export function encodeText(text: string, encoding: TextEncoding): Buffer {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gb18030');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
