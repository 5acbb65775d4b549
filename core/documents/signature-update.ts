/**
 * The incremental update (ISO 32000-1 §7.5.6) that carries a PDF's signature: a signature dictionary
 * with a zero-filled /Contents placeholder, its widget annotation, an AcroForm, the catalogue and
 * first page again with references to them, and an xref section chained to the rendered one. The
 * rendered bytes stay untouched before it, so they remain a prefix of the signed file.
 *
 * Only the trailer, the xref section and three small dictionaries (catalogue, page tree, first page)
 * are read, at the offsets the xref gives, instead of converting the whole file to a string and
 * searching it; the bytes written are those @signpdf/placeholder-plain wrote for the same PDF, so
 * files signed before and after this change have the same shape.
 */

/** The words of the signature dictionary, ASCII only (readers show the signer's name from the certificate). */
export interface SignatureFields {
  reason: string;
  name: string;
  location: string;
  signedAt: Date;
  appName: string;
}

export interface SignatureUpdate {
  /** The PDF with the update appended, /ByteRange filled in and /Contents all zeros. */
  pdf: Buffer;
  /** The signed byte ranges: [0, contentsStart) and [contentsEnd, pdf.length). */
  contentsStart: number;
  contentsEnd: number;
}

const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 /********** /********** /**********]';

/** A PDF literal string of printable ASCII, escaped as ISO 32000-1 §7.3.4.2 asks. */
const literal = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const pdfDate = (d: Date) =>
  `(D:${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}` +
  `${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}Z)`;

function fail(what: string): never {
  throw new Error(`cannot sign this PDF: ${what}`);
}

/** The revision's cross-reference: object number → offset, the trailer's references and the xref's position. */
function readRevision(pdf: Buffer) {
  const trailerAt = pdf.lastIndexOf('trailer');
  if (trailerAt < 0) fail('no trailer');
  const trailer = pdf.toString('latin1', trailerAt);
  const ref = (key: string) => new RegExp(`/${key}\\s+(\\d+\\s+\\d+\\s+R)`).exec(trailer)?.[1];
  const rootRef = ref('Root') ?? fail('no /Root in the trailer');
  const infoRef = ref('Info');
  const xrefAt = Number(/startxref\s+(\d+)/.exec(trailer)?.[1] ?? fail('no startxref'));
  if (/\/Prev\s/.test(trailer)) fail('it has more than one revision');
  if (pdf.toString('latin1', xrefAt, xrefAt + 4) !== 'xref') fail('no xref table where startxref points');
  const offsets = new Map<number, number>();
  const lines = pdf.toString('latin1', xrefAt + 4, trailerAt).split('\n');
  let index = 0;
  for (const line of lines) {
    const parts = line.trim().split(' ');
    if (parts.length === 2) index = Number(parts[0]);
    else if (parts.length === 3) {
      if (parts[2] === 'n') offsets.set(index, Number(parts[0]));
      index++;
    }
  }
  return { rootRef, infoRef, xrefAt, offsets, maxIndex: Math.max(...offsets.keys()) };
}

/** The text between an object's outermost << and >>, as @signpdf's findObject cut it. */
function dictionaryBody(pdf: Buffer, offsets: Map<number, number>, ref: string): { index: number; body: string } {
  const index = Number(ref.split(' ')[0]);
  const at = offsets.get(index) ?? fail(`object ${ref} is not in the xref`);
  const text = pdf.toString('latin1', at, pdf.indexOf('endobj', at));
  return { index, body: text.slice(text.indexOf('<<') + 2, text.lastIndexOf('>>')) };
}

/**
 * Appends the signature's incremental update to a single-revision PDF with a classic xref table (as
 * pdfkit writes them), with a /Contents placeholder of `signatureLength` bytes.
 */
export function appendSignatureUpdate(rendered: Buffer, f: SignatureFields, signatureLength = 8192): SignatureUpdate {
  let end = rendered.length;
  if (rendered[end - 1] === 0x0a) end--;
  if (rendered[end - 1] === 0x0d) end--;
  const pdf = rendered.subarray(0, end);
  if (!/[\r\n]%%EOF$/.test(pdf.toString('latin1', end - 6))) fail('it does not end with %%EOF');
  const rev = readRevision(pdf);
  const root = dictionaryBody(pdf, rev.offsets, rev.rootRef);
  if (/\/AcroForm\s/.test(root.body)) fail('it already has a form');
  const pagesRef = /\/Pages\s+(\d+\s+\d+\s+R)/.exec(root.body)?.[1] ?? fail('no page tree');
  const pages = dictionaryBody(pdf, rev.offsets, pagesRef).body;
  const kids = pages
    .slice(pages.indexOf('[', pages.indexOf('/Kids')) + 1)
    .trim()
    .split(' ', 3);
  const page = dictionaryBody(pdf, rev.offsets, kids.join(' '));

  const sig = rev.maxIndex + 1;
  const widget = sig + 1;
  const form = sig + 2;
  const contents = '0'.repeat(signatureLength * 2);
  const objects: [number, string][] = [
    [
      sig,
      `${sig} 0 obj\n<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n` +
        `/SubFilter /ETSI.CAdES.detached\n${BYTE_RANGE_PLACEHOLDER}\n` +
        `/Contents <${contents}>\n/Reason ${literal(f.reason)}\n/M ${pdfDate(f.signedAt)}\n/ContactInfo ()\n` +
        `/Name ${literal(f.name)}\n/Location ${literal(f.location)}\n` +
        `/Prop_Build <<\n/Filter <<\n/Name /Adobe.PPKLite\n>>\n/App <<\n/Name /${f.appName}\n>>\n>>\n>>\nendobj\n`,
    ],
    [
      widget,
      `${widget} 0 obj\n<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/Rect [0 0 0 0]\n/V ${sig} 0 R\n` +
        `/T (Signature1)\n/F 4\n/P ${page.index} 0 R\n>>\nendobj\n`,
    ],
    [form, `${form} 0 obj\n<<\n/Type /AcroForm\n/SigFlags 3\n/Fields [${widget} 0 R]\n>>\nendobj\n`],
    [root.index, `${root.index} 0 obj\n<<\n${root.body}\n/AcroForm ${form} 0 R\n>>\nendobj\n`],
    [page.index, `${page.index} 0 obj\n<<\n${withAnnotation(page.body, `${widget} 0 R`)}\n\n>>\nendobj\n`],
  ];
  let tail = '';
  const at = new Map<number, number>();
  for (const [index, text] of objects) {
    at.set(index, end + tail.length + 1);
    tail += `\n${text}`;
  }
  const rows = [...at.keys()].sort((a, b) => a - b).map((i) => `${i} 1\n${pad(at.get(i)!, 10)} 00000 n `);
  tail +=
    `\nxref\n0 1\n${['0000000000 65535 f ', ...rows].join('\n')}\n` +
    `trailer\n<<\n/Size ${form + 1}\n/Root ${rev.rootRef}\n` +
    `${rev.infoRef ? `/Info ${rev.infoRef}\n` : ''}/Prev ${rev.xrefAt}\n>>\nstartxref\n${end + tail.length}\n%%EOF`;

  const out = Buffer.allocUnsafe(end + tail.length);
  pdf.copy(out, 0);
  out.write(tail, end, 'latin1');
  const sigAt = at.get(sig)!;
  const contentsStart = out.indexOf('/Contents <', sigAt) + '/Contents '.length;
  const contentsEnd = contentsStart + contents.length + 2;
  const range = `/ByteRange [0 ${contentsStart} ${contentsEnd} ${out.length - contentsEnd}]`;
  out.write(range.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' '), out.indexOf(BYTE_RANGE_PLACEHOLDER, sigAt), 'latin1');
  return { pdf: out, contentsStart, contentsEnd };
}

/** The page dictionary with the widget added to its /Annots, or a new /Annots at its end. */
function withAnnotation(body: string, widget: string): string {
  const at = body.indexOf('/Annots');
  if (at < 0) return `${body}/Annots [ ${widget}]`;
  const close = body.indexOf(']', at);
  return `${body.slice(0, close)} ${widget}]${body.slice(close + 1)}`;
}
