import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { documentDefinition, type OfficialDocument } from '../../templates/gbt9704.ts';
import { documentFonts, renderPdf, rendererIdentity } from '../../templates/render.ts';
import { type SigningIdentity, signPdf } from './pdf-signature.ts';

/** How a rendering is signed: the identity in force and the words the signature dictionary carries. */
export interface SigningRequest {
  id: SigningIdentity;
  reason: string;
  location: string;
}

export interface SignedRendering {
  pdf: Buffer;
  sha256: string;
  pages: number;
  /** SHA-256 of the rendered bytes before the signature was appended. */
  unsignedSha256: string;
  /** The renderer that made the bytes (`rendererIdentity`): verify compares only with the same one. */
  renderer: string;
}

/**
 * Renders and signs (PAdES) in this thread: the rendered bytes stay a prefix of the signed file, so
 * the stored model can still be shown to give the same document, and the signature shows it is
 * unchanged since.
 */
export async function renderSignedHere(
  model: OfficialDocument,
  createdAt: Date,
  sign: SigningRequest,
): Promise<SignedRendering> {
  const rendered = await renderPdf(documentDefinition(model, documentFonts()), createdAt);
  const pdf = await signPdf(rendered.pdf, { ...sign, signedAt: createdAt });
  return {
    pdf,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    pages: rendered.pages,
    unsignedSha256: rendered.sha256,
    renderer: rendererIdentity(),
  };
}

interface Job {
  id: number;
  model: OfficialDocument;
  createdAt: number;
  sign: SigningRequest;
  resolve(r: SignedRendering): void;
  reject(e: Error): void;
}
interface Slot {
  worker: Worker;
  job: Job | null;
}

/**
 * Worker threads that render and sign (issue 17): a letter costs tens of milliseconds of CPU, all of
 * it synchronous pdfmake/pdfkit work, so rendering in the hub's own thread would stall every request
 * and job behind it. Each worker parses the fonts once and keeps its signer; jobs wait in order for a
 * free worker. Workers are unref'd: an idle pool never keeps the process alive. A worker that dies
 * fails its job and is replaced.
 */
export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;

  constructor(readonly size: number) {}

  render(model: OfficialDocument, createdAt: Date, sign: SigningRequest): Promise<SignedRendering> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, model, createdAt: createdAt.getTime(), sign, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.waiting.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, model: job.model, createdAt: job.createdAt, sign: job.sign });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./render-worker.mjs', import.meta.url));
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on('message', (m: { id: number; error?: string } & Partial<SignedRendering>) => {
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      slot.job = null;
      worker.unref();
      if (m.error) job.reject(new Error(m.error));
      else
        job.resolve({
          pdf: Buffer.from(m.pdf!.buffer, m.pdf!.byteOffset, m.pdf!.byteLength),
          sha256: m.sha256!,
          pages: m.pages!,
          unsignedSha256: m.unsignedSha256!,
          renderer: m.renderer!,
        });
      this.dispatch();
    });
    const fail = (err: Error) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      slot.job?.reject(err);
      slot.job = null;
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`render worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}

/**
 * Render workers: `SHENGUAN_RENDER_WORKERS` (0 renders in the calling thread), by default one per core.
 */
export function renderWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const configured = env.SHENGUAN_RENDER_WORKERS;
  if (configured !== undefined && configured !== '') return Math.max(0, Math.floor(Number(configured)) || 0);
  return availableParallelism();
}

let pool: RenderPool | undefined;

/** Renders and signs a document in the process's render pool, or in this thread when it has none. */
export function renderSigned(model: OfficialDocument, createdAt: Date, sign: SigningRequest): Promise<SignedRendering> {
  const size = renderWorkers();
  if (size === 0) return renderSignedHere(model, createdAt, sign);
  pool ??= new RenderPool(size);
  return pool.render(model, createdAt, sign);
}
