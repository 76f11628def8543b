import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../renderer/api/connect';
import { App } from '../../renderer/app/App';
import { createAppI18n } from '../../renderer/app/i18n';
import { Providers } from '../../renderer/app/Providers';

afterEach(() => {
  sessionStorage.clear();
  delete window.cea;
});

describe('connecting to the handlers', () => {
  it('takes the browser-mode token from the fragment, keeps it for reloads and wipes it from the URL', async () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    const connection = connect(window, sessionStorage);
    expect(connection.kind).toBe('http');
    expect(window.location.hash).toBe('#/');
    expect(window.location.href).not.toContain('abc_DEF-123');
    expect(sessionStorage.getItem('cea.token')).toBe('abc_DEF-123');
    expect(connect(window, sessionStorage).kind).toBe('http');
  });

  it('without a token shows no data and explains how to get in', () => {
    window.history.replaceState(null, '', '/#/group/2020-2021/VII');
    const connection = connect(window, sessionStorage);
    expect(connection.kind).toBe('no-token');
    render(
      <Providers i18n={createAppI18n('en')} connection={connection}>
        <App />
      </Providers>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'An access link is needed' })).toBeInTheDocument();
    expect(screen.getByText(/npm run serve/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('uses the Electron bridge when the preload exposes it', () => {
    window.cea = { invoke: async () => ({ ok: true, data: null }), onMenu: () => () => undefined };
    expect(connect(window, sessionStorage).kind).toBe('electron');
  });
});
