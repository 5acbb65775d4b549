import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HubConfig } from '../core/config.ts';
import { saveDemoAccounts, saveDemoKeys, seedDemo, seedDemoAccounts } from '../core/demo/seed-demo.ts';
import { Dispatcher } from '../core/delivery/dispatcher.ts';
import { outboundShaper } from '../core/adapters/outbound-shape.ts';
import { adapterDirs, inboundJobs, loadAdapterPackages, loadAdapters } from '../core/adapters/registry.ts';
import { buildApp } from '../core/http/app.ts';
import { shuanggongshiExportJob } from '../core/shuanggongshi/sgs-io.ts';
import { openHub } from '../core/hub.ts';
import { notificationJob } from '../core/notifications/senders.ts';
import { standardJobs, startScheduler } from '../core/scheduler/scheduler.ts';

/** SIGTERM ends the process within this time, whatever is in flight. */
const SHUTDOWN_MS = 8_000;

/** Starts the hub: store, migrations, optional demo data, scheduler, HTTP server; closes cleanly on SIGINT/SIGTERM. */
export async function serve(config: HubConfig, opts: { demo: boolean }): Promise<void> {
  const hub = await openHub(config);
  // Adapters are chosen by configuration (SHENGUAN_ADAPTERS); the demo runs every adapter in adapters/.
  const dirs = adapterDirs(process.env.SHENGUAN_ADAPTERS, opts.demo);
  await loadAdapterPackages(dirs, process.env.SHENGUAN_ADAPTER_PACKAGES);
  const adapters = loadAdapters(dirs);
  // A department whose adapter has an outbound side receives its pushes in its own shape.
  const dispatcher = new Dispatcher(hub.ctx, {
    leaseMs: config.deliveryLeaseSeconds * 1000,
    shape: outboundShaper(adapters),
  });
  const app = await buildApp(hub.ctx, {
    logger: { level: config.logLevel },
    dispatcher,
    adapters,
    // A limit of 0 is no limit: an effectively unbounded counter keeps the other one working.
    rateLimits: {
      perKey: config.rateLimitPerKey || Number.MAX_SAFE_INTEGER,
      perAddress: config.rateLimitPerAddress || Number.MAX_SAFE_INTEGER,
    },
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    contact: config.apiContact,
  });
  if (opts.demo) {
    const keys = await seedDemo(hub.ctx);
    const keyFile = join(resolve(config.dataDir), 'demo-keys.txt');
    const accountFile = join(resolve(config.dataDir), 'demo-accounts.txt');
    if (keys) {
      saveDemoKeys(config.dataDir, keys);
      saveDemoAccounts(config.dataDir, await seedDemoAccounts(hub.ctx));
    }
    if (existsSync(keyFile)) app.log.info(`demo jurisdiction ready; API keys (bureau admin first) are in ${keyFile}`);
    if (existsSync(accountFile))
      app.log.info(
        `console: http://localhost:${config.port}/console — demo accounts and passwords are in ${accountFile}`,
      );
  }
  const inbound = inboundJobs(hub.ctx, adapters, config.dataDir, (line) => app.log.info(line));
  // The day's 双公示 files for the credit platform (004 #22), when a folder is configured.
  const sgsFolder = process.env.SHENGUAN_SGS_EXPORT_DIR;
  if (sgsFolder) {
    inbound.push(
      shuanggongshiExportJob(hub.ctx, sgsFolder, {
        format: process.env.SHENGUAN_SGS_EXPORT_FORMAT === 'xlsx' ? 'xlsx' : 'csv',
        encoding: process.env.SHENGUAN_SGS_EXPORT_ENCODING === 'utf-8' ? 'utf-8' : 'gb18030',
      }),
    );
    app.log.info(`双公示: the day's XK_/CF_ files go to ${sgsFolder} at 01:00`);
  }
  const scheduler = startScheduler(
    hub.ctx,
    [...standardJobs(hub.ctx, dispatcher), notificationJob(hub.ctx, config), ...inbound],
    app.log,
  );
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Whatever still runs after SHUTDOWN_MS is abandoned: the process ends anyway. Each operation is
    // one transaction, so the store is consistent at any point; unfinished work is redone at start.
    const deadline = setTimeout(() => {
      app.log.error(`shutdown took longer than ${SHUTDOWN_MS / 1000} s; exiting`);
      process.exit(1);
    }, SHUTDOWN_MS);
    deadline.unref();
    await scheduler.stop();
    await app.close();
    await hub.close();
    clearTimeout(deadline);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  dispatcher.kick(); // whatever a previous run left in the outbox
  app.log.info(
    `审管联动枢纽 on http://localhost:${config.port} (API docs /docs, profile ${hub.ctx.profile.id}, ` +
      `store ${hub.store.backend}, scheduler ${scheduler.instance})`,
  );
}
