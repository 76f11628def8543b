import { useEffect, useId } from 'react';
import { useNavigation } from './Navigation';

/** Marks the calling form as holding unsaved input while `dirty` is true, and clears it on unmount. */
export function useUnsavedChanges(dirty: boolean): void {
  const id = useId();
  const { setDirty } = useNavigation();
  useEffect(() => {
    setDirty(id, dirty);
    return () => setDirty(id, false);
  }, [id, dirty, setDirty]);
}
