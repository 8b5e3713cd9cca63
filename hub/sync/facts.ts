import type { ComplaintState, FieldGroup, Role } from '../../shared/index.ts';

/** What the judge sees of the item an operation is about. */
export type ComplaintNow = {
  state: ComplaintState;
  versions: Record<FieldGroup, number>;
  needsReview: boolean;
};

export type ActorInfo = { username: string; role: Role; dinasId: string | null; active: boolean };
