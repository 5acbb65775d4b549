import { constants, deflateSync } from 'node:zlib';

/**
 * How an embedded CFF font program is compressed. A letter's FandolFang subset is ~90 KB of Type 2
 * charstrings, a compact bytecode in which LZ77 finds little to match: zlib's default (level 6)
 * spent ~2.7 ms per letter to bring it to 72.7 KB; Huffman coding alone takes a third of that time
 * and gives 76.3 KB (+5 %, +3 % of the letter). TrueType outlines (flags and coordinate deltas) do
 * repeat, and are small in a letter, so they keep pdfkit's default.
 */
const CFF_DEFLATE = { strategy: constants.Z_HUFFMAN_ONLY };

interface Reference {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array): void;
  finalize(): void;
  end(chunk?: Uint8Array): void;
}
interface EmbeddedFont {
  subset: { cff?: unknown };
  document: { ref(data?: Record<string, unknown>): Reference };
  embed(): unknown;
}

/**
 * pdfkit's `embed` makes the font program its first new object and ends it with the subset's bytes;
 * for a CFF subset that object is deflated here instead, with the same dictionary (Subtype, Length,
 * Filter) in the same order.
 */
export function huffmanCodedCffPrograms(embedded: EmbeddedFont): void {
  const proto = Object.getPrototypeOf(embedded) as EmbeddedFont;
  const embed = proto.embed;
  proto.embed = function (this: EmbeddedFont) {
    if (this.subset.cff == null) return embed.call(this);
    const doc = this.document;
    const ref = doc.ref;
    const own = Object.hasOwn(doc, 'ref');
    doc.ref = function (this: unknown, data?: Record<string, unknown>) {
      if (own) doc.ref = ref;
      else delete (doc as { ref?: unknown }).ref;
      const program = ref.call(this, data);
      program.end = (bytes?: Uint8Array) => {
        program.compress = false;
        if (bytes) program.write(deflateSync(bytes, CFF_DEFLATE));
        program.data.Filter = 'FlateDecode';
        program.finalize();
      };
      return program;
    };
    try {
      return embed.call(this);
    } finally {
      if (own) doc.ref = ref;
      else delete (doc as { ref?: unknown }).ref;
    }
  };
}
