/**
 * Small rules of 公文 wording that every template follows, so text taken from records reads as
 * written by staff: a sentence ends with its full stop exactly once, a reason does not repeat the
 * "经审查，" the template already says, and attachments are named as documents, not as file names.
 */

/** Ends a clause with 。 unless it already ends with a stop (。！？) or a closing quote after one. */
export function sentence(text: string): string {
  const t = text.trim().replace(/[，,；;：:、]+$/, '');
  return /[。！？][”’）]?$/.test(t) ? t : `${t}。`;
}

/** A clause to be embedded mid-sentence: its own final stop and leading 经审查/经审核 removed. */
export function clause(text: string): string {
  return text
    .trim()
    .replace(/^(经(审查|审核|核实|调查|研究)[，,])+/, '')
    .replace(/[。；;，,]+$/, '');
}

/** A stored file's name as a document title: 行政处罚决定书.pdf → 行政处罚决定书. */
export function documentName(fileName: string): string {
  return fileName.trim().replace(/\.(pdf|ofd|docx?|xlsx?|jpe?g|png|tiff?|zip|rar|txt)$/i, '');
}

/** 你单位 for an organisation or an individual business, 你 for a natural person. */
export function youOf(category: string | undefined): string {
  return category === 'natural-person' ? '你' : '你单位';
}
