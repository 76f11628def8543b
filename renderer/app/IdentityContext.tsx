import { createContext, useContext } from 'react';
import type { Identity } from '../../shared/model/records';

/** Who is using the app, once the first run is done; screens read it to shape forms to the role. */
export const IdentityContext = createContext<Identity | null>(null);

export function useIdentity(): Identity | null {
  return useContext(IdentityContext);
}
