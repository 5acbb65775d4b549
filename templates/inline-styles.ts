import { createRequire } from 'node:module';

/**
 * pdfmake measures a text node word by word, and a Chinese paragraph is one word per character; for
 * each word it looked up twenty style properties (font, size, colour, spacing, decoration, …) through
 * the style stack — half of measuring a letter. The words of one text node carry copies of the same
 * properties, and the stack does not change during one `measure`, so the looked-up values are the same
 * for every word of a node: they are looked up once per run of words with the same own properties and
 * given to each word, in pdfmake's order. Widths and cuts are still measured per word.
 */

interface Word extends Record<string, unknown> {
  text: string;
}
type Lookup = (item: object, stack: unknown, property: string, fallback: unknown) => unknown;
interface TextInlines {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): { lineHeight(size: number): number } };
  widthOfText(text: string, item: Word): number;
  measure(array: Word[], stack: unknown): Word[];
}

/** What a word holds of its own rather than from its node: measured per word. */
const PER_WORD = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent']);
/** The looked-up properties pdfmake gives each word, in its order, with its defaults. */
const STYLE: [string, unknown][] = [
  ['alignment', 'left'],
  ['fontSize', 12],
  ['fontFeatures', null],
  ['characterSpacing', 0],
  ['color', 'black'],
  ['decoration', null],
  ['decorationColor', null],
  ['decorationStyle', null],
  ['decorationThickness', null],
  ['background', null],
  ['link', null],
  ['linkToPage', null],
  ['linkToDestination', null],
  ['noWrap', null],
  ['opacity', 1],
  ['sup', false],
  ['sub', false],
];
const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** A word's own properties (those copied from its node), as key, value, key, value, … */
function ownStyle(word: Word): unknown[] {
  const own: unknown[] = [];
  for (const key in word) if (!PER_WORD.has(key)) own.push(key, word[key]);
  return own;
}
/** Whether a word has the same own properties as those taken from an earlier one (no allocation: once per word). */
function sameOwnStyle(word: Word, own: unknown[]): boolean {
  let i = 0;
  for (const key in word) {
    if (PER_WORD.has(key)) continue;
    if (own[i] !== key || own[i + 1] !== word[key]) return false;
    i += 2;
  }
  return i === own.length;
}

export function measureWordsByNode(): void {
  const require = createRequire(import.meta.url);
  const TextInlines = (require('pdfmake/js/TextInlines') as { default: { prototype: TextInlines } }).default;
  const Stack = (require('pdfmake/js/StyleContextStack') as { default: { getStyleProperty: Lookup } }).default;
  TextInlines.prototype.measure = function measure(this: TextInlines, array: Word[], stack: unknown): Word[] {
    const get = Stack.getStyleProperty;
    if (array.length) {
      const leadingIndent = get(array[0]!, stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        array[0]!.leadingCut = -leadingIndent;
        array[0]!.leadingIndent = leadingIndent;
      }
    }
    let own: unknown[] | null = null;
    let looked: Record<string, unknown> = {};
    for (const item of array) {
      if (!own || !sameOwnStyle(item, own)) {
        own = ownStyle(item);
        looked = {
          font: this.pdfDocument.provideFont(
            get(item, stack, 'font', 'Roboto'),
            get(item, stack, 'bold', false),
            get(item, stack, 'italics', false),
          ),
        };
        for (const [property, fallback] of STYLE) looked[property] = get(item, stack, property, fallback);
        looked.lineHeight = get(item, stack, 'lineHeight', 1);
        looked.preserveLeadingSpaces = get(item, stack, 'preserveLeadingSpaces', false);
        looked.preserveTrailingSpaces = get(item, stack, 'preserveTrailingSpaces', false);
      }
      item.font = looked.font;
      for (const [property] of STYLE) item[property] = looked[property];
      if (item.sup || item.sub) (item.fontSize as number) *= 0.58;
      item.width = this.widthOfText(item.text, item);
      item.height =
        (item.font as { lineHeight(size: number): number }).lineHeight(item.fontSize as number) *
        (looked.lineHeight as number);
      if (!item.leadingCut) item.leadingCut = 0;
      if (!looked.preserveLeadingSpaces) {
        const leadingSpaces = item.text.match(LEADING);
        if (leadingSpaces) (item.leadingCut as number) += this.widthOfText(leadingSpaces[0]!, item);
      }
      item.trailingCut = 0;
      if (!looked.preserveTrailingSpaces) {
        const trailingSpaces = item.text.match(TRAILING);
        if (trailingSpaces) item.trailingCut = this.widthOfText(trailingSpaces[0]!, item);
      }
    }
    return array;
  };
}
