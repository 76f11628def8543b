import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createClient, type ApiClient } from '../../shared/api/client';
import type { IdentityInput } from '../../shared/api/settings';
import type { Lang } from '../../shared/model/text';
import { createDispatch, createHandlers, type HandlerContext } from '../../electron/handlers';
import { loadSeed } from '../../electron/seed';
import { openMemoryStore } from '../../electron/store';
import type { Store } from '../../electron/store/store';
import { createAppI18n } from '../../renderer/app/i18n';
import { Providers } from '../../renderer/app/Providers';
import { FOCAL_POINT } from '../focalPoint';

export { FOCAL_POINT };

/** A date inside the 2020–2021 biennium, so overdue flags and the today line are deterministic. */
export const TODAY = new Date(2021, 2, 15);

export interface TestApi {
  client: ApiClient;
  store: Store;
}

/**
 * The real handlers over an in-memory store seeded from data/: components talk to exactly what the
 * app's main process runs, through the same dispatch (input parsing, error values).
 */
export async function makeApi(identity: IdentityInput | null = FOCAL_POINT): Promise<TestApi> {
  let clock = Date.UTC(2021, 2, 15, 12);
  const store = openMemoryStore(loadSeed(join(import.meta.dirname, '../../data'), () => clock));
  const ctx: HandlerContext = {
    today: () => TODAY,
    now: () => (clock += 1000),
    randomHex: () => randomBytes(16).toString('hex'),
    version: 'test',
    log: () => undefined,
  };
  const dispatch = createDispatch(createHandlers(store, ctx), ctx);
  const client = createClient((method, input) => dispatch(method, input));
  if (identity) await client.send('identity.set', identity);
  return { client, store };
}

/** Renders inside the app's providers (i18n, navigation with its guard, API) at the given route. */
export function renderWithProviders(
  ui: ReactElement,
  { client, lang = 'es', hash = '#/' }: { client: ApiClient; lang?: Lang; hash?: string },
) {
  window.history.replaceState(null, '', `/${hash}`);
  const i18n = createAppI18n(lang);
  const user = userEvent.setup();
  return {
    user,
    i18n,
    ...render(
      <Providers i18n={i18n} connection={{ kind: 'http', client }}>
        {ui}
      </Providers>,
    ),
  };
}
