import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { href, parseRoute, type Route } from './route';

interface NavigationValue {
  route: Route;
  /** Programmatic moves, made after a save or a choice on the screen itself, are never held back. */
  navigate(route: Route): void;
  /** Forms call this with their dirty state; while any is dirty, leaving by a link or the back button asks first. */
  setDirty(id: string, dirty: boolean): void;
}

const NavigationContext = createContext<NavigationValue | null>(null);

/**
 * Owns the current route and the unsaved-changes guard. Every way of leaving a screen goes through a
 * hash change (links, back button, `navigate`), so the guard sits on `hashchange`: when the user
 * declines, the previous fragment is put back. Closing or reloading the window asks via `beforeunload`.
 */
export function NavigationProvider({
  children,
  confirmLeave,
}: {
  children: ReactNode;
  confirmLeave: () => boolean;
}) {
  const [hash, setHash] = useState(() => window.location.hash);
  const dirty = useRef(new Set<string>());
  const restoring = useRef(false);
  const deliberate = useRef(false);

  useEffect(() => {
    let current = window.location.hash;
    const onHashChange = () => {
      if (restoring.current) {
        restoring.current = false;
        return;
      }
      const ask = dirty.current.size > 0 && !deliberate.current;
      deliberate.current = false;
      if (ask && !confirmLeave()) {
        restoring.current = true;
        window.location.hash = current;
        return;
      }
      dirty.current.clear();
      current = window.location.hash;
      setHash(current);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) e.preventDefault();
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [confirmLeave]);

  const navigate = useCallback((route: Route) => {
    // A form that just saved clears its dirty flag in an effect, which may run after this hash change.
    if (window.location.hash === href(route)) return;
    deliberate.current = true;
    window.location.hash = href(route);
  }, []);
  const setDirty = useCallback((id: string, isDirty: boolean) => {
    if (isDirty) dirty.current.add(id);
    else dirty.current.delete(id);
  }, []);
  const value = useMemo(() => ({ route: parseRoute(hash), navigate, setDirty }), [hash, navigate, setDirty]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): NavigationValue {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}
