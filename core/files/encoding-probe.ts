import { HubError } from '../errors/hub-error.ts';

/**
 * Watches a file's bytes as they stream past and says which encodings they can be: whether they
 * start with a UTF-8 BOM, where (if anywhere) they stop being valid UTF-8 and valid GB18030, and
 * whether any byte is non-ASCII. One pass, constant memory, so a 100k-row file is checked while
 * it is hashed. Offsets are 0-based byte positions in the file.
 */
export class EncodingProbe {
  bom = false;
  nonAscii = false;
  utf8InvalidAt: number | null = null;
  gb18030InvalidAt: number | null = null;
  private offset = 0;
  private head = 0;
  // UTF-8: continuation bytes still expected, the allowed range of the next one, and where the character began.
  private u8Need = 0;
  private u8Lo = 0x80;
  private u8Hi = 0xbf;
  private u8Start = 0;
  // GB18030: position inside a 2- or 4-byte character (0 = between characters), and where it began.
  private gbPos = 0;
  private gbStart = 0;

  update(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++, this.offset++) {
      const b = chunk[i]!;
      // Most of a CSV is ASCII between characters: nothing to check, so skip the per-byte state machines.
      if (b < 0x80 && this.offset >= 3 && this.u8Need === 0 && this.gbPos === 0) continue;
      // The BOM's three bytes may straddle chunks; `head` counts how many of them matched so far.
      if (this.offset < 3 && this.head === this.offset && b === [0xef, 0xbb, 0xbf][this.offset]) {
        this.head++;
        this.bom = this.head === 3;
      }
      if (b >= 0x80) this.nonAscii = true;
      if (this.utf8InvalidAt === null) this.utf8Byte(b);
      if (this.gb18030InvalidAt === null) this.gbByte(b);
    }
  }

  /** Call once after the last chunk: a character cut off by the end of the file is invalid too. */
  end(): this {
    if (this.utf8InvalidAt === null && this.u8Need > 0) this.utf8InvalidAt = this.u8Start;
    if (this.gb18030InvalidAt === null && this.gbPos > 0) this.gb18030InvalidAt = this.gbStart;
    return this;
  }

  private utf8Byte(b: number): void {
    if (this.u8Need > 0) {
      if (b < this.u8Lo || b > this.u8Hi) {
        this.utf8InvalidAt = this.u8Start;
        return;
      }
      this.u8Need--;
      this.u8Lo = 0x80;
      this.u8Hi = 0xbf;
      return;
    }
    this.u8Start = this.offset;
    if (b < 0x80) return;
    // Lead bytes per RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
    if (b >= 0xc2 && b <= 0xdf) this.u8Need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      this.u8Need = 2;
      if (b === 0xe0) this.u8Lo = 0xa0;
      if (b === 0xed) this.u8Hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      this.u8Need = 3;
      if (b === 0xf0) this.u8Lo = 0x90;
      if (b === 0xf4) this.u8Hi = 0x8f;
    } else this.utf8InvalidAt = this.offset;
  }

  // GB18030: ASCII; or a lead 0x81–0xFE then 0x40–0x7E / 0x80–0xFE (two bytes), or then 0x30–0x39,
  // 0x81–0xFE, 0x30–0x39 (four bytes). 0x80 and 0xFF never appear alone.
  private gbByte(b: number): void {
    let ok = true;
    if (this.gbPos === 0) {
      this.gbStart = this.offset;
      if (b < 0x80) return;
      if (b === 0x80 || b === 0xff) ok = false;
      else this.gbPos = 1;
    } else if (this.gbPos === 1) {
      if ((b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe)) this.gbPos = 0;
      else if (b >= 0x30 && b <= 0x39) this.gbPos = 2;
      else ok = false;
    } else if (this.gbPos === 2) {
      if (b >= 0x81 && b <= 0xfe) this.gbPos = 3;
      else ok = false;
    } else if (b >= 0x30 && b <= 0x39) this.gbPos = 0;
    else ok = false;
    if (!ok) this.gb18030InvalidAt = this.gbStart;
  }
}

export type ProbedEncoding = 'utf-8' | 'gb18030';

/**
 * The encoding to read a file in, or a file-level error when the bytes contradict the adapter's
 * setting. A UTF-8 BOM is conclusive — it wins over the setting, so a GB18030 adapter refuses a
 * file that starts with one instead of reading every field as mojibake. Without a BOM, a file that
 * is valid UTF-8 with non-ASCII text "looks like UTF-8" (GB18030 Chinese text practically never is).
 * With no setting: BOM or valid UTF-8 means UTF-8, else GB18030 (which also reads GBK and GB2312).
 */
export function encodingVerdict(probe: EncodingProbe, configured?: string): ProbedEncoding {
  const setting = configured?.toLowerCase().replace('utf8', 'utf-8');
  const utf8 = probe.utf8InvalidAt === null;
  const gb = probe.gb18030InvalidAt === null;
  if (setting === 'utf-8') {
    if (probe.bom || utf8) return 'utf-8';
    throw new HubError('FILE_NOT_IN_ENCODING', { encoding: 'UTF-8', byte: probe.utf8InvalidAt! });
  }
  if (setting) {
    const name = setting.toUpperCase();
    if (probe.bom) throw new HubError('FILE_LOOKS_UTF8', { bom: 'BOM', configured: name });
    if (utf8 && probe.nonAscii) throw new HubError('FILE_LOOKS_UTF8', { bom: 'no BOM', configured: name });
    if (!gb) throw new HubError('FILE_NOT_IN_ENCODING', { encoding: name, byte: probe.gb18030InvalidAt! });
    return 'gb18030';
  }
  if (probe.bom || utf8) return 'utf-8';
  if (gb) return 'gb18030';
  throw new HubError('FILE_NOT_IN_ENCODING', { encoding: 'UTF-8 / GB18030', byte: probe.gb18030InvalidAt! });
}

/** The verdict for bytes already in memory (an uploaded payload). */
export function probeBytes(bytes: Uint8Array): EncodingProbe {
  const probe = new EncodingProbe();
  probe.update(bytes);
  return probe.end();
}
