import { Type, type Static } from '@sinclair/typebox';

/**
 * A column or table name of a department's database. Letters (Chinese column names included), digits and
 * underscores only, so a manifest can never smuggle SQL into the statements the transport builds.
 */
const Identifier = Type.String({ pattern: '^[\\p{L}_][\\p{L}\\p{N}_]*$', maxLength: 64 });
const EnvName = Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', maxLength: 100 });

/**
 * 前置库: where a department's staging table is and which of its columns the exchange owns. Every other
 * column is data, read under its own name by mapping.yaml. Connection details are secrets: the manifest
 * names the environment variable holding the URL, never the URL.
 */
export const FrontDbLayout = Type.Object(
  {
    /** Environment variable with the connection URL: postgres://… or mysql://… (MariaDB, MySQL). */
    urlEnv: EnvName,
    /** The staging table, optionally `schema.table`. */
    table: Type.String({ pattern: '^[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)?$', maxLength: 129 }),
    /** The table's primary key: rows are taken in its order. */
    key: Identifier,
    /** The department sets it to the `new` value; the exchange moves it on. */
    status: Identifier,
    /** Where the exchange writes its receipt: the record's id, or why the row was refused. */
    receipt: Identifier,
    /** Optional: when the exchange wrote the outcome. */
    doneAt: Type.Optional(Identifier),
    /** The status values the department's system uses, where they differ from the names. */
    values: Type.Optional(
      Type.Object(
        {
          new: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
          taking: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
          accepted: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
          duplicate: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
          rejected: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
        },
        { additionalProperties: false },
      ),
    ),
    batchSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
  },
  { additionalProperties: false },
);
export type FrontDbLayout = Static<typeof FrontDbLayout>;

/** SFTP: where the department's server is; the exchange folder's layout is the file drop's. */
export const SftpLayout = Type.Object(
  {
    /** Environment variable with `sftp://user@host:port/folder` (the folder holds inbox/ outbox/ archive/ error/). */
    urlEnv: EnvName,
    /** Environment variable with the path of the private key file (or, failing that, `passwordEnv`). */
    keyFileEnv: Type.Optional(EnvName),
    passwordEnv: Type.Optional(EnvName),
    /** The server's host key fingerprint, `SHA256:…` as ssh-keygen -lf prints it: anything else is refused. */
    hostKey: Type.String({ pattern: '^SHA256:[A-Za-z0-9+/]{43}=?$' }),
    stableSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 3600 })),
  },
  { additionalProperties: false },
);
export type SftpLayout = Static<typeof SftpLayout>;
