/** Put in the default branch of a switch over a union: adding a member breaks the build there. */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/** An invariant that must hold; a failure is a bug, never user input. */
export function strictAssert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}
