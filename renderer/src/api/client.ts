import { API, fail, type Input, type Method, type Output, type Result } from '../../../shared/index.ts';
import { currentBridge } from './bridge.ts';
import { currentSession, setSession } from './session.ts';

/**
 * The one way the renderer reaches the backend. Never throws: every failure, including a broken
 * bridge or an answer that does not match the contract, comes back as an error envelope. Every call
 * carries the tab's session; when core says it is no longer valid, it is dropped and sign-in shows.
 */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  let result: Result<unknown>;
  const session = currentSession();
  try {
    result = await currentBridge().call(method, input, session);
  } catch (err) {
    return fail('internal', err instanceof Error ? err.message : 'Bridge failure');
  }
  if (!result.ok) {
    // Only if it is still the session this call sent: a late answer must not sign out a newer one.
    if (result.error.code === 'unauthorized' && session !== null && session === currentSession()) {
      setSession(null);
    }
    return result;
  }
  const parsed = API[method].output.safeParse(result.value);
  if (!parsed.success) return fail('internal', `Unexpected answer from ${method}`);
  // TypeScript cannot correlate API[M] with Output<M> for a generic M; the parse above proves it.
  return { ok: true, value: parsed.data as Output<M> };
}
