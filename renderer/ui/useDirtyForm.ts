import { useState } from 'react';
import { useUnsavedChanges } from '../app/useUnsavedChanges';

/**
 * Whether a form holds input not yet saved, told to navigation so leaving asks first; `edit` wraps a
 * field's setter so that every change marks the form.
 */
export function useDirtyForm() {
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(dirty);
  const edit =
    <T>(setter: (v: T) => void) =>
    (v: T) => {
      setter(v);
      setDirty(true);
    };
  return { dirty, setDirty, edit };
}
