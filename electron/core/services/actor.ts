import type { SignedInContext } from '../api/dispatch.ts';
import type { Actor } from '../complaints/apply.ts';

/** The name recorded in the outbox and the audit log: the signed-in user's username, on this device. */
export const actorOf = ({ user, device }: SignedInContext): Actor => ({ actor: user.username, device });
