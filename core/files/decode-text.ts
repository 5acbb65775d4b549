import iconv from 'iconv-lite';
import { HubError } from '../errors/hub-error.ts';

export type TextEncoding = 'utf-8' | 'gbk' | 'gb18030';

/**
 * Decodes a file from a legacy system. An explicit encoding wins; otherwise a UTF-8 BOM or
 * well-formed UTF-8 means UTF-8, and anything else is read as GB18030 (a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array, encoding?: string): { text: string; encoding: TextEncoding } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding) {
    const enc = encoding.toLowerCase().replace('utf8', 'utf-8') as TextEncoding;
    if (!['utf-8', 'gbk', 'gb18030', 'gb2312'].includes(enc)) throw new HubError('FILE_ENCODING_UNKNOWN', { encoding });
    if (enc === 'utf-8') return { text: stripBom(buf.toString('utf8')), encoding: 'utf-8' };
    return { text: iconv.decode(buf, 'gb18030'), encoding: enc === ('gb2312' as string) ? 'gbk' : enc };
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
  }
}

export function encodeText(text: string, encoding: TextEncoding): Buffer {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gb18030');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
