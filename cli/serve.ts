import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HubConfig } from '../core/config.ts';
import { saveDemoKeys, seedDemo } from '../core/demo/seed-demo.ts';
import { buildApp } from '../core/http/app.ts';
import { openHub } from '../core/hub.ts';

/** Starts the hub: store, migrations, optional demo data, HTTP server; closes cleanly on SIGINT/SIGTERM. */
export async function serve(config: HubConfig, opts: { demo: boolean }): Promise<void> {
  const hub = await openHub(config);
  const app = await buildApp(hub.ctx, { logger: { level: config.logLevel } });
  if (opts.demo) {
    const keys = await seedDemo(hub.ctx);
    const keyFile = join(resolve(config.dataDir), 'demo-keys.txt');
    if (keys) saveDemoKeys(config.dataDir, keys);
    if (existsSync(keyFile)) app.log.info(`demo jurisdiction ready; API keys (bureau admin first) are in ${keyFile}`);
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await hub.close();
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  app.log.info(`审管联动枢纽 on http://localhost:${config.port} (API docs /docs, profile ${hub.ctx.profile.id}, store ${hub.store.backend})`);
}
