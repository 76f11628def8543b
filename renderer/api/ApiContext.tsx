import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api/client';
import { isRead } from '../../shared/api/reads';
import { AppFailure } from '../../shared/errors';

const ApiContext = createContext<ApiClient | null>(null);
/** How many writes succeeded since the app opened: what depends on every screen's saves reloads on it. */
const WritesContext = createContext(0);

/**
 * Hands screens the client, watched: every successful call that may change a record bumps the write
 * count, so whatever counts across screens (the navigation) reloads once, here, not in every form.
 */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [writes, setWrites] = useState(0);
  const watched = useMemo<ApiClient>(() => {
    const call: ApiClient['call'] = async (method, input) => {
      const result = await client.call(method, input);
      if (result.ok && !isRead(method)) setWrites((n) => n + 1);
      return result;
    };
    return {
      call,
      async send(method, input) {
        const result = await call(method, input);
        if (!result.ok) throw new AppFailure(result.error);
        return result.data;
      },
    };
  }, [client]);
  return (
    <ApiContext.Provider value={watched}>
      <WritesContext.Provider value={writes}>{children}</WritesContext.Provider>
    </ApiContext.Provider>
  );
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}

/** Changes after every successful write, through any screen. */
export function useWrites(): number {
  return useContext(WritesContext);
}
