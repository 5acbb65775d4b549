/** Who did something: an API key of a department system, a staff user, the CLI operator or the hub itself. */
export interface Actor {
  /** e.g. `key:k7f3…`, `user:zhangsan`, `cli:root`, `system:scheduler`. */
  id: string;
  /** The department the actor acts for; null for the hub itself and the CLI operator. */
  department: string | null;
  roles: readonly Role[];
}

/** admin: manages departments, keys, catalogues and calendars; system: a department system exchanging items. */
export type Role = 'admin' | 'system';

export const SYSTEM_ACTOR: Actor = { id: 'system:hub', department: null, roles: ['admin', 'system'] };

export function cliActor(): Actor {
  return { id: `cli:${process.env.USER ?? 'operator'}`, department: null, roles: ['admin', 'system'] };
}
