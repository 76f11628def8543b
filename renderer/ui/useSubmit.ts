import { useState } from 'react';
import type { AppError, Result } from '../../shared/errors';

export interface Submit<T> {
  saving: boolean;
  savedAt: Date | null;
  /** An error that belongs to no single field (forbidden, storage failure…). */
  error: AppError | null;
  run(call: () => Promise<Result<T>>): Promise<Result<T>>;
}

/** Tracks one form's save: in flight, when it last succeeded, and what the handlers refused. */
export function useSubmit<T>(): Submit<T> {
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  return {
    saving,
    savedAt,
    error,
    async run(call) {
      setSaving(true);
      setError(null);
      try {
        const result = await call();
        if (result.ok) setSavedAt(new Date());
        else setError(result.error);
        return result;
      } finally {
        setSaving(false);
      }
    },
  };
}
