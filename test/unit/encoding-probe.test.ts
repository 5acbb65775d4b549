import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../core/adapters/sources/xml-source.ts';
import { HubError } from '../../core/errors/hub-error.ts';
import { decodeText } from '../../core/files/decode-text.ts';
import { EncodingProbe, encodingVerdict, probeBytes } from '../../core/files/encoding-probe.ts';

const TEXT = '行政相对人名称,处罚内容\n高青县康乐诊所,警告\n';
const utf8 = Buffer.from(TEXT);
const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
const gb = iconv.encode(TEXT, 'gb18030');

function refusal(fn: () => unknown): { code: string; en: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof HubError) return { code: err.code, en: err.en };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('encoding probe', () => {
  it('reads each encoding the adapter names when the bytes agree', () => {
    expect(encodingVerdict(probeBytes(gb), 'gb18030')).toBe('gb18030');
    expect(encodingVerdict(probeBytes(utf8), 'utf-8')).toBe('utf-8');
    expect(encodingVerdict(probeBytes(Buffer.from('a,b\n1,2\n')), 'gb18030')).toBe('gb18030'); // ASCII is both
    expect(encodingVerdict(probeBytes(gb))).toBe('gb18030');
    expect(encodingVerdict(probeBytes(utf8))).toBe('utf-8');
  });

  it('a BOM wins over a GB18030 setting, and UTF-8 text given as GB18030 is named as such', () => {
    expect(refusal(() => encodingVerdict(probeBytes(bom), 'gb18030'))).toEqual({
      code: 'FILE_LOOKS_UTF8',
      en: 'The file looks like UTF-8 (BOM), but the adapter is set to GB18030',
    });
    expect(refusal(() => decodeText(utf8, 'gbk')).en).toBe(
      'The file looks like UTF-8 (no BOM), but the adapter is set to GBK',
    );
  });

  it('names the byte where the bytes stop being valid in the configured encoding', () => {
    const torn = Buffer.concat([gb.subarray(0, 10), Buffer.from([0xff]), gb.subarray(10)]);
    expect(refusal(() => encodingVerdict(probeBytes(torn), 'gb18030')).en).toBe(
      'The file is not valid GB18030 at byte 10',
    );
    expect(refusal(() => encodingVerdict(probeBytes(gb), 'utf-8')).en).toBe('The file is not valid UTF-8 at byte 0');
    // A character cut off by the end of the file is invalid where it began.
    expect(probeBytes(utf8.subarray(0, 4)).utf8InvalidAt).toBe(3);
  });

  it('finds a BOM and invalid bytes across chunk boundaries', () => {
    const probe = new EncodingProbe();
    for (const byte of bom) probe.update(Buffer.from([byte]));
    expect(probe.end()).toMatchObject({ bom: true, utf8InvalidAt: null });
  });
});

describe('XML nesting depth', () => {
  const nested = (tag: string, depth: number) => `${`<${tag}>`.repeat(depth)}x${`</${tag}>`.repeat(depth)}`;

  it('refuses deep nesting whatever script the tag names are written in', () => {
    for (const tag of ['a', '记录', 'données']) {
      expect(refusal(() => parseXml(nested(tag, 5000)))).toMatchObject({ code: 'XML_REJECTED' });
      expect(refusal(() => parseXml(nested(tag, 33))).en).toContain('nested deeper than 32');
      expect(parseXml(nested(tag, 32))).toBeTypeOf('object');
    }
  });

  it('does not count comments, CDATA, self-closing tags or a ">" inside an attribute value', () => {
    const inner = '<!-- <x><x> --><![CDATA[<y><y>]]><e/><f a=">"/>';
    expect(parseXml(`${'<记录>'.repeat(32)}${inner}${'</记录>'.repeat(32)}`)).toBeTypeOf('object');
  });
});
