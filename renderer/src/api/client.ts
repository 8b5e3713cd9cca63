import { API, fail, type Input, type Method, type Output, type Result } from '../../../shared/index.ts';
import { currentBridge } from './bridge.ts';

/**
 * The one way the renderer reaches the backend. Never throws: every failure, including a broken
 * bridge or an answer that does not match the contract, comes back as an error envelope.
 */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  let result: Result<unknown>;
  try {
    result = await currentBridge().call(method, input);
  } catch (err) {
    return fail('internal', err instanceof Error ? err.message : 'Bridge failure');
  }
  if (!result.ok) return result;
  const parsed = API[method].output.safeParse(result.value);
  if (!parsed.success) return fail('internal', `Unexpected answer from ${method}`);
  // TypeScript cannot correlate API[M] with Output<M> for a generic M; the parse above proves it.
  return { ok: true, value: parsed.data as Output<M> };
}
