/**
 * Which renderer made each issued document (`rendererIdentity` in templates/render.ts): verify renders the
 * stored model again and compares bytes, which holds only for the renderer that issued it. Documents
 * issued before this column existed keep null: their renderer is not known, so verify relies on the
 * signature and the audited SHA-256 for them.
 */
export const up = [`alter table documents add column renderer text`];
