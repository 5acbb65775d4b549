import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentDefinition } from '../../templates/gbt9704.ts';
import { documentFonts, renderPdf, rendererIdentity } from '../../templates/render.ts';
import { SAMPLES } from '../support/document-samples.ts';

/**
 * What each renderer identity writes for one document of every kind. Verify compares a stored document
 * with its model rendered again only when the same renderer issued it (core/documents/documents.ts), so
 * a change that writes other bytes for the same model must also change the identity: bump
 * RENDERING_VERSION in templates/render.ts and record the new identity's digest here.
 */
const DIGESTS: Record<string, string> = {
  'r4 pdfmake@0.3.11 pdfkit@0.19.1 fonts:3f014e6c437ff4e5':
    '738d302d8065a10a96d32f4911cb38c8eb75be7ac2844e06dbaf3a1abce90da5',
};

describe('renderer identity', () => {
  it('renders every sample kind to the bytes recorded for this identity', { timeout: 60_000 }, async () => {
    const at = new Date('2026-06-10T02:00:00Z');
    const digest = createHash('sha256');
    for (const kind of Object.keys(SAMPLES).sort()) {
      digest.update((await renderPdf(documentDefinition(SAMPLES[kind]!(), documentFonts()), at)).pdf);
    }
    const identity = rendererIdentity();
    expect(DIGESTS[identity], `no digest is recorded for the renderer "${identity}"`).toBeDefined();
    expect(digest.digest('hex'), `the same models now give other bytes: bump RENDERING_VERSION`).toBe(
      DIGESTS[identity],
    );
  });
});
