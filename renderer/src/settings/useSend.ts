import { useState } from 'react';
import type { ApiError, Input, Method, Output } from '../../../shared/index.ts';
import { call } from '../api/client.ts';

/**
 * Sends one settings change and keeps core's refusal to show beside the form that asked. The answer comes
 * back (null when refused) so the caller can close its form and reload the list.
 */
export function useSend() {
  const [error, setError] = useState<ApiError | null>(null);
  const send = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M> | null> => {
    setError(null);
    const result = await call(method, input);
    if (result.ok) return result.value;
    setError(result.error);
    return null;
  };
  return { send, error, clearError: () => setError(null) };
}
