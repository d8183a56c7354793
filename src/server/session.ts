/**
 * What `authenticate` must hand back. The tenant scope of every request comes from here and only
 * from here: nothing in a URL, query or body can widen it.
 */
export interface RosterSession {
  /** Who is calling; shown in logs and available to your `authorize`. */
  userId: string;
  /**
   * The one organization (tenant) this session manages, or `null` for a project-wide admin.
   * Required rather than optional so that a session whose tenant id came back `undefined` fails
   * loudly instead of quietly seeing every tenant.
   */
  organizationId: string | null;
}

export class SessionShapeError extends Error {
  override readonly name = 'SessionShapeError';
}

/** Throws for a session a host's `authenticate` got wrong: that is a server bug, never a grant. */
export function checkSession<S extends RosterSession>(value: S): S {
  const session = value as Partial<RosterSession> | null;
  if (typeof session !== 'object' || session === null) {
    throw new SessionShapeError('authenticate() must return a session object or null.');
  }
  if (typeof session.userId !== 'string' || session.userId === '') {
    throw new SessionShapeError('authenticate() returned a session without a string `userId`.');
  }
  if (session.organizationId !== null && (typeof session.organizationId !== 'string' || session.organizationId === '')) {
    throw new SessionShapeError(
      'authenticate() returned a session whose `organizationId` is neither a string nor null. Use null, explicitly, for a project-wide admin.',
    );
  }
  return value;
}
