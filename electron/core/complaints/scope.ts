/**
 * Which complaints a caller may see and act on: all of them (staff), or only those disposed to one dinas
 * (a penghubung). Outside the scope an item answers as missing, so its existence is not given away.
 */
export type Scope = { onlyDinasId: string | null };

/** Staff's scope, and the default for internal callers (tests, benchmarks, the queue summary). */
export const EVERYTHING: Scope = { onlyDinasId: null };

export const inScope = (scope: Scope, dinasId: string | null): boolean =>
  scope.onlyDinasId === null || scope.onlyDinasId === dinasId;
