import { useCallback, useEffect, useState } from 'react';
import type { AppError, Result } from '../../shared/errors';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: AppError; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void };

/**
 * Runs `load` when `key` changes and again on `reload()`; an answer that arrives after the key moved
 * on is dropped, so a slow reply for the previous group never replaces the current one.
 */
export function useLoad<T>(key: string, load: () => Promise<Result<T>>): Loaded<T> {
  const [state, setState] = useState<{ key: string; result: Result<T> } | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (live) setState({ key, result });
    });
    return () => {
      live = false;
    };
    // `load` is a fresh closure every render; `key` says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);
  if (!state || state.key !== key) return { state: 'loading' };
  return state.result.ok
    ? { state: 'ready', data: state.result.data, reload }
    : { state: 'error', error: state.result.error, reload };
}
