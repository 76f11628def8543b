import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CeaBridge, MenuEvent } from '../../shared/api/bridge';
import { connect } from '../../renderer/api/connect';
import { App } from '../../renderer/app/App';
import { createAppI18n } from '../../renderer/app/i18n';
import { Providers } from '../../renderer/app/Providers';
import { makeApi } from './renderWithProviders';

afterEach(() => {
  delete window.cea;
});

/** A preload stand-in: invoke goes to the real handlers, menu events come from the test. */
async function withBridge() {
  const { client } = await makeApi();
  let listener: ((e: MenuEvent) => void) | null = null;
  const bridge: CeaBridge = {
    invoke: (method, input) => client.call(method, input),
    onMenu(l) {
      listener = l;
      return () => {
        listener = null;
      };
    },
  };
  window.cea = bridge;
  window.history.replaceState(null, '', '/#/');
  render(
    <Providers i18n={createAppI18n('es')} connection={connect(window, sessionStorage)}>
      <App />
    </Providers>,
  );
  await screen.findAllByRole('article');
  return { client, send: (e: MenuEvent) => act(() => listener?.(e)) };
}

describe('in Electron, through the preload bridge', () => {
  it('the View menu switches the language and remembers it', async () => {
    const { client, send } = await withBridge();
    send({ type: 'set-language', lang: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programme of activities' }),
    ).toBeInTheDocument();
    await vi.waitFor(async () => expect((await client.send('identity.get', {}))?.lang).toBe('en'));
  });

  it('Help › About names the version and the data folder', async () => {
    const { send } = await withBridge();
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    send({ type: 'about', version: '0.1.0', dataFolder: '/home/ana/.config/cea' });
    expect(alert).toHaveBeenCalledWith(
      'Seguimiento del programa de la CEA, versión 0.1.0. Carpeta de datos: /home/ana/.config/cea',
    );
    alert.mockRestore();
  });
});
