/** Runtime settings, all from the environment so containers and the CLI agree. */
export interface HubConfig {
  /** PostgreSQL URL; unset means the embedded PGlite store in dataDir. */
  databaseUrl?: string;
  /** PostgreSQL URL of the schema's owner, for migrations; the hub then serves as DATABASE_URL's (lesser) role. */
  migrationDatabaseUrl?: string;
  dataDir: string;
  /** Jurisdiction policy: a name from profiles/ or a path to a YAML file. */
  profile: string;
  host: string;
  port: number;
  logLevel: string;
  /** How long a message being sent stays leased to one process; after a crash it is resent once this passes. */
  deliveryLeaseSeconds: number;
  /** Requests a minute per API key and per source address (0 turns that limit off). */
  rateLimitPerKey: number;
  rateLimitPerAddress: number;
  /** Base URL department systems use; written into the OpenAPI `servers`. */
  publicUrl?: string;
  apiContact?: { name: string; email?: string; url?: string };
  /** SMTP server for notification e-mail, e.g. smtp://user:pass@mail.example.gov.cn:587; unset: no e-mail. */
  smtpUrl?: string;
  smtpFrom: string;
  /** Items are announced as near their deadline this many office hours before it. */
  notifyBeforeOfficeHours: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): HubConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.SHENGUAN_MIGRATION_DATABASE_URL || undefined,
    dataDir: env.SHENGUAN_DATA_DIR ?? './data',
    profile: env.SHENGUAN_PROFILE ?? 'gaoqing',
    host: env.HOST ?? '0.0.0.0',
    port: Number(env.PORT ?? 8080),
    logLevel: env.LOG_LEVEL ?? 'info',
    deliveryLeaseSeconds: Number(env.SHENGUAN_DELIVERY_LEASE_SECONDS ?? 30),
    rateLimitPerKey: Number(env.SHENGUAN_RATE_LIMIT_PER_KEY ?? 600),
    rateLimitPerAddress: Number(env.SHENGUAN_RATE_LIMIT_PER_ADDRESS ?? 1200),
    publicUrl: env.SHENGUAN_PUBLIC_URL || undefined,
    apiContact: env.SHENGUAN_API_CONTACT_NAME
      ? {
          name: env.SHENGUAN_API_CONTACT_NAME,
          email: env.SHENGUAN_API_CONTACT_EMAIL || undefined,
          url: env.SHENGUAN_API_CONTACT_URL || undefined,
        }
      : undefined,
    smtpUrl: env.SHENGUAN_SMTP_URL || undefined,
    smtpFrom: env.SHENGUAN_SMTP_FROM ?? '审管联动枢纽 <noreply@localhost>',
    notifyBeforeOfficeHours: Number(env.SHENGUAN_NOTIFY_BEFORE_HOURS ?? 4),
  };
}
