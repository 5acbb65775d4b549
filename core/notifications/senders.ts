import { createTransport } from 'nodemailer';
import type { HubConfig } from '../config.ts';
import type { HubContext } from '../hub-context.ts';
import type { Job } from '../scheduler/scheduler.ts';
import { runNotifications, type Senders } from './notifier.ts';

/** Robots must answer within this time; a slow one is retried on the next run. */
const POST_TIMEOUT_MS = 10_000;

/** E-mail through the configured SMTP server (none configured: e-mail rows wait and say why) and HTTP for robots. */
export function sendersFromConfig(config: Pick<HubConfig, 'smtpUrl' | 'smtpFrom'>): Senders {
  const transport = config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
  return {
    email: transport
      ? async (to, subject, text) => {
          await transport.sendMail({ from: config.smtpFrom, to, subject, text });
        }
      : undefined,
    post: async (url, body) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // a robot that does not answer JSON: keep the text for the error
      }
      return { status: res.status, body: parsed };
    },
  };
}

/** The scheduled run: every minute, coordinated so one hub process sends. */
export function notificationJob(
  ctx: HubContext,
  config: Pick<HubConfig, 'smtpUrl' | 'smtpFrom' | 'notifyBeforeOfficeHours' | 'publicUrl'>,
): Job {
  const senders = sendersFromConfig(config);
  return {
    name: 'notifications',
    cron: '20 * * * * *',
    coordinated: true,
    run: () =>
      runNotifications(ctx, senders, { nearOfficeHours: config.notifyBeforeOfficeHours, publicUrl: config.publicUrl }),
  };
}
