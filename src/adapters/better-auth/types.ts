/**
 * better-auth, as far as this adapter touches it. Structural on purpose: `betterAuth({ … })`'s own
 * type depends on the host's plugins, and any instance with the admin and organization plugins fits.
 */
export type Where = { field: string; value: unknown; operator?: string; connector?: 'AND' | 'OR' };

/** better-auth's database adapter (`ctx.adapter`): model and field names as better-auth knows them. */
export interface BetterAuthDbAdapter {
  findOne<T>(query: { model: string; where: Where[] }): Promise<T | null>;
  findMany<T>(query: { model: string; where?: Where[]; limit?: number }): Promise<T[]>;
  update<T>(query: { model: string; where: Where[]; update: Record<string, unknown> }): Promise<T | null>;
  delete(query: { model: string; where: Where[] }): Promise<void>;
}

export interface BetterAuthUserRecord {
  id: string;
  email: string;
  name: string;
  role?: string | null;
  banned?: boolean | null;
}

/** The internal adapter: what better-auth's own admin endpoints call once they have checked the session. */
export interface BetterAuthInternalAdapter {
  findUserById(userId: string): Promise<BetterAuthUserRecord | null>;
  updateUser(userId: string, data: Record<string, unknown>): Promise<unknown>;
  deleteUser(userId: string): Promise<void>;
  deleteUserSessions(userId: string): Promise<void>;
}

/** An access-control role (`ac.newRole(…)`): its statements are the permissions. */
export interface AccessRole {
  statements?: Record<string, readonly string[]>;
}

export interface BetterAuthPlugin {
  id: string;
  options?: {
    roles?: Record<string, AccessRole>;
    defaultRole?: string;
    adminRoles?: string | string[];
    creatorRole?: string;
    dynamicAccessControl?: { enabled?: boolean };
  };
}

export interface BetterAuthContext {
  tables: Record<string, { modelName: string; fields: Record<string, { fieldName?: string }> }>;
  options: { database?: unknown; plugins?: BetterAuthPlugin[] };
  adapter: BetterAuthDbAdapter;
  internalAdapter: BetterAuthInternalAdapter;
}

/** A server-side call of one of better-auth's endpoints (`auth.api.<name>`). */
export type Endpoint = (input: { body?: Record<string, unknown>; headers?: Headers }) => Promise<unknown>;

export interface BetterAuthAuth {
  $context: Promise<unknown>;
  /** `secondaryStorage` keeps sessions out of the database unless `session.storeSessionInDatabase`. */
  options: { database?: unknown; plugins?: unknown[]; secondaryStorage?: unknown; session?: { storeSessionInDatabase?: boolean } };
  /** Typed per host by better-auth's plugins; read through `endpoint()`. */
  api: object;
}

/** `auth.api[name]`, when the host's plugins provide it. */
export function endpoint(auth: BetterAuthAuth, name: string): Endpoint | undefined {
  const found = (auth.api as Record<string, unknown>)[name];
  return typeof found === 'function' ? (found as Endpoint) : undefined;
}
