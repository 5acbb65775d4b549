// A render worker thread (core/documents/render-pool.ts). The hub ships as TypeScript: tsx compiles it
// on load here as in bin/shenguan.mjs, since a worker does not inherit the main thread's loader.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
