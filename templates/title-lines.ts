/**
 * 标题回行 (GB/T 9704-2012 §7.3.1): a title that does not fit one line is broken where the meaning
 * stays whole (never inside a word, a 《》 name or a 〔〕 number) and the lines are arranged as a
 * trapezoid (梯形) or, for three and more lines, a diamond (菱形).
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Width in ems: Latin letters and digits are half as wide as hanzi. */
const ems = (chars: string[]) => chars.reduce((n, c) => n + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0);

/**
 * Places a title may break, as code-point offsets, each with a penalty: a break inside 《…》, 〔…〕
 * or （…）, or between two single characters the word segmenter left unjoined (often a word it does
 * not know, such as 审管), is allowed only when nothing better fits.
 */
function boundaries(chars: string[], keep: string[]): Map<number, number> {
  const text = chars.join('');
  const cuts = new Map<number, number>();
  const segments = [...segmenter.segment(text)].map((s) => [...s.segment].length);
  let at = 0;
  segments.forEach((len, i) => {
    at += len;
    const next = segments[i + 1];
    cuts.set(at, len === 1 && next === 1 ? 60 : 0);
  });
  // A name is not parted from its suffix (…餐饮 / 有限公司).
  for (const [c, p] of cuts) if (/^(有限|责任|公司|股份)/.test(text.slice(c))) cuts.set(c, p + 200);
  // Names the document gives (the counterpart, the matter) are parted only when nothing else fits.
  for (const phrase of keep) {
    const at = [...text.slice(0, Math.max(0, text.indexOf(phrase)))].length;
    if (!phrase || !text.includes(phrase)) continue;
    for (let i = at + 1; i < at + [...phrase].length; i++) if (cuts.has(i)) cuts.set(i, cuts.get(i)! + 400);
  }
  let depth = 0;
  chars.forEach((c, i) => {
    if ('《〔（“'.includes(c)) depth++;
    if ('》〕）”'.includes(c)) depth--;
    if (depth > 0 && cuts.has(i + 1)) cuts.set(i + 1, cuts.get(i + 1)! + 300);
  });
  // No line may start with a closing mark or end with an opening one.
  for (const c of [...cuts.keys()])
    if (c <= 0 || c >= chars.length || '，。、）》〕”'.includes(chars[c]!) || '（《〔“'.includes(chars[c - 1]!))
      cuts.delete(c);
  return cuts;
}

/** Penalty of a split: uneven lines cost, and a shape other than 梯形 or 菱形 costs more. */
function cost(lengths: number[]): number {
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  let c = lengths.reduce((n, l) => n + (l - mean) ** 2, 0);
  const up = lengths.every((l, i) => i === 0 || l >= lengths[i - 1]!);
  const down = lengths.every((l, i) => i === 0 || l <= lengths[i - 1]!);
  const peak = lengths.indexOf(Math.max(...lengths));
  const diamond =
    lengths.length >= 3 &&
    lengths.every((l, i) => (i <= peak ? i === 0 || l >= lengths[i - 1]! : l <= lengths[i - 1]!));
  if (!up && !down && !diamond) c += 1000;
  // A one- or two-character last line (e.g. a lone 函) reads as an orphan.
  if (lengths.at(-1)! <= 2 && lengths.length > 1) c += 200;
  return c;
}

/** Splits a title into lines of at most `max` characters, fewest lines first, best shape among them. */
export function titleLines(title: string, max: number, keep: string[] = []): string[] {
  const chars = [...title];
  if (ems(chars) <= max) return [title];
  const cuts = boundaries(chars, keep);
  const width = (from: number, to: number) => ems(chars.slice(from, to));
  for (let lines = Math.ceil(ems(chars) / max); lines <= 6; lines++) {
    let best: { cost: number; at: number[] } | null = null;
    const search = (from: number, left: number, at: number[], penalty: number) => {
      if (left === 1) {
        if (width(from, chars.length) > max) return;
        const lengths = [...at, chars.length].map((c, i, all) => width(i ? all[i - 1]! : 0, c));
        const c = cost(lengths) + penalty;
        if (!best || c < best.cost) best = { cost: c, at: [...at] };
        return;
      }
      for (const [cut, p] of cuts)
        if (cut > from && width(from, cut) <= max) search(cut, left - 1, [...at, cut], penalty + p);
    };
    search(0, lines, [], 0);
    const found = best as { cost: number; at: number[] } | null;
    if (found) {
      const ends = [...found.at, chars.length];
      return ends.map((end, i) => chars.slice(i ? ends[i - 1] : 0, end).join(''));
    }
  }
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += max) out.push(chars.slice(i, i + max).join(''));
  return out;
}
