import { useEffect, useRef, useState } from 'react';
import type { ApiError, Input, Method, Output } from '../../../shared/index.ts';
import { call } from './client.ts';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; error: ApiError };

const LOADING = { state: 'loading' } as const;

/**
 * Calls `method` whenever its input (compared by value) or `reload` changes; null input means "not
 * now". Each answer is kept with the question it answers, so a late answer to an older question is
 * never shown as the answer to the current one.
 */
export function useCall<M extends Method>(
  method: M,
  input: Input<M> | null,
  reload = 0,
): Loadable<Output<M>> {
  const [answer, setAnswer] = useState<{ key: string; loadable: Loadable<Output<M>> } | null>(null);
  const latestInput = useRef(input);
  const key = input === null ? null : `${method}#${reload}#${JSON.stringify(input)}`;

  // Declared before the fetching effect so it runs first and the fetch sees this render's input.
  useEffect(() => {
    latestInput.current = input;
  });

  useEffect(() => {
    const requested = latestInput.current;
    if (key === null || requested === null) return;
    let current = true;
    void call(method, requested).then((result) => {
      if (!current) return;
      setAnswer({
        key,
        loadable: result.ok ? { state: 'ok', value: result.value } : { state: 'error', error: result.error },
      });
    });
    return () => {
      current = false;
    };
  }, [method, key]);

  return answer !== null && answer.key === key ? answer.loadable : LOADING;
}
