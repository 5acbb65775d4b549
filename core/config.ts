/** Runtime settings, all from the environment so containers and the CLI agree. */
export interface HubConfig {
  /** PostgreSQL URL; unset means the embedded PGlite store in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  /** Jurisdiction policy: a name from profiles/ or a path to a YAML file. */
  profile: string;
  host: string;
  port: number;
  logLevel: string;
  /** How long a message being sent stays leased to one process; after a crash it is resent once this passes. */
  deliveryLeaseSeconds: number;
  /** SMTP server for notification e-mail, e.g. smtp://user:pass@mail.example.gov.cn:587; unset: no e-mail. */
  smtpUrl?: string;
  smtpFrom: string;
  /** Items are announced as near their deadline this many office hours before it. */
  notifyBeforeOfficeHours: number;
  /** The console's address as staff reach it, for links in notifications. */
  publicUrl?: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): HubConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.SHENGUAN_DATA_DIR ?? './data',
    profile: env.SHENGUAN_PROFILE ?? 'gaoqing',
    host: env.HOST ?? '0.0.0.0',
    port: Number(env.PORT ?? 8080),
    logLevel: env.LOG_LEVEL ?? 'info',
    deliveryLeaseSeconds: Number(env.SHENGUAN_DELIVERY_LEASE_SECONDS ?? 30),
    smtpUrl: env.SHENGUAN_SMTP_URL || undefined,
    smtpFrom: env.SHENGUAN_SMTP_FROM ?? '审管联动枢纽 <noreply@localhost>',
    notifyBeforeOfficeHours: Number(env.SHENGUAN_NOTIFY_BEFORE_HOURS ?? 4),
    publicUrl: env.SHENGUAN_PUBLIC_URL || undefined,
  };
}
