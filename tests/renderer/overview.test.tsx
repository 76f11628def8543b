import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { makeApi, renderWithProviders } from './renderWithProviders';

describe('programme overview', () => {
  it('opens on 2020–2021 with her group first as a card and the ten others in a list', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programa de actividades' }),
    ).toBeInTheDocument();
    const programme = await screen.findByLabelText('Programa');
    expect(programme).toHaveValue('2020-2021');
    expect(await screen.findByRole('heading', { name: 'Sus grupos de trabajo' })).toBeInTheDocument();
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(1);
    const others = screen.getByRole('heading', { name: 'Los demás grupos de trabajo' })
      .nextElementSibling as HTMLElement;
    expect(within(others).getAllByRole('link')).toHaveLength(10);
    // What needs her: nothing returned, nothing unsent, activity 5 of VII ends in April 2021.
    const attention = screen.getByRole('region', { name: 'Lo que requiere su atención' });
    expect(within(attention).getByText('Ningún informe suyo fue devuelto.')).toBeInTheDocument();
    expect(within(attention).getByText('Todo lo registrado ya se envió.')).toBeInTheDocument();
    expect(within(attention).getByRole('link', { name: /Actividad VII\.5/ })).toHaveAttribute(
      'href',
      '#/activity/2020-2021/VII/5',
    );
    const vii = cards.find((c) => within(c).queryByText('Grupo VII'))!;
    expect(within(vii).getByRole('link', { name: /migración internacional/ })).toHaveAttribute(
      'href',
      '#/group/2020-2021/VII',
    );
    expect(within(vii).getByText('Colombia, México, Chile')).toBeInTheDocument();
    expect(within(vii).getByText('0 % (0 de 10)')).toBeInTheDocument();
    // 15 March 2021: activities 1–4 ended in 2020 and nobody reported them completed.
    expect(within(vii).getByText('4 actividades atrasadas')).toBeInTheDocument();
    expect(within(vii).getByText('Sin informes todavía')).toBeInTheDocument();
  });

  it('switches to another programme', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client });
    await user.selectOptions(await screen.findByLabelText('Programa'), '2009-2011');
    expect(window.location.hash).toBe('#/programme/2009-2011');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(1);
    expect(within(cards[0]!).getByText('Grupo MDG')).toBeInTheDocument();
  });

  it('switches language without a restart, with locale-aware numbers', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client });
    await screen.findAllByRole('article');
    await user.selectOptions(await screen.findByLabelText('Idioma'), 'fr');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programme d’activités' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/activités en retard/).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('fr');
    expect((await client.send('identity.get', {}))?.lang).toBe('fr');
  });

  it('shows the first-run screen when there is no identity', async () => {
    const { client } = await makeApi(null);
    renderWithProviders(<App />, { client });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenida' })).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
