import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { OfficialDocument } from '../../templates/gbt9704.ts';
import type { SigningIdentity } from './pdf-signature.ts';
import { renderSignedHere, type SigningRequest } from './render-pool.ts';

/**
 * One worker of the render pool. An identity arrives as a copy with every job; the first copy of each
 * certificate is kept, so its parsed signer (cached per identity object) is made once per worker.
 */
const identities = new Map<string, SigningIdentity>();

parentPort!.on(
  'message',
  async (m: { id: number; model: OfficialDocument; createdAt: number; sign: SigningRequest }) => {
    try {
      const p12 = Buffer.from(m.sign.id.p12);
      const key = createHash('sha256').update(p12).update(m.sign.id.passphrase).digest('hex');
      let id = identities.get(key);
      if (!id) identities.set(key, (id = { ...m.sign.id, p12 }));
      const r = await renderSignedHere(m.model, new Date(m.createdAt), { ...m.sign, id });
      const pdf = new Uint8Array(r.pdf.buffer, r.pdf.byteOffset, r.pdf.byteLength);
      const { sha256, pages, unsignedSha256, renderer } = r;
      const message = { id: m.id, pdf, sha256, pages, unsignedSha256, renderer };
      // The signed PDF has its own memory (written whole by the signer): handed over, not copied.
      const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength;
      parentPort!.postMessage(message, own ? [pdf.buffer as ArrayBuffer] : []);
    } catch (err) {
      parentPort!.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
    }
  },
);
