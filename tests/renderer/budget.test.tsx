import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/app/App';
import { parseAmount } from '../../renderer/budget/parseAmount';
import { makeApi, renderWithProviders } from './renderWithProviders';

describe('budget entries', () => {
  it('adds an entry for an activity from the catalogue and shows totals', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/budget/2020-2021/VII/3' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Presupuesto de la actividad 3' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Todavía no hay movimientos.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Moneda/)).toHaveValue('USD');

    await user.selectOptions(screen.getByLabelText(/^Tipo/), 'commitment');
    await user.selectOptions(screen.getByLabelText(/^Fuente/), 'nso-col');
    await user.type(screen.getByLabelText(/^Monto/), '1.500,50');
    await user.type(screen.getByLabelText('Finalidad'), 'Taller regional');
    await user.click(screen.getByRole('button', { name: 'Guardar movimiento' }));

    expect(await screen.findByText(/^Guardado a las/)).toHaveRole('status');
    const entries = await screen.findByRole('table', { name: '1 movimiento' });
    const row = within(entries).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Compromiso');
    expect(row).toHaveTextContent('Taller regional');
    expect(row).toHaveTextContent(/1500,50\sUS\$/);
    const byKind = screen.getByRole('table', { name: 'Por tipo' });
    expect(within(byKind).getByRole('rowheader', { name: 'Compromiso' })).toBeInTheDocument();
    const { entries: stored } = await client.send('budget.list', {
      groupId: '2020-2021/VII',
      activityId: '2020-2021/VII/3',
    });
    expect(stored[0]).toMatchObject({
      kind: 'commitment',
      institution: 'nso-col',
      amount: 1500.5,
      currency: 'USD',
      activity: '2020-2021/VII/3',
      country: 'COL',
    });
  });

  it('refuses a zero amount, more than two decimals, a bad currency and a missing source, field by field', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/budget/2020-2021/VII' });
    await screen.findByRole('heading', { level: 1, name: 'Presupuesto del grupo VII' });
    await user.selectOptions(screen.getByLabelText(/^Fuente/), '');
    await user.type(screen.getByLabelText(/^Monto/), '0');
    await user.clear(screen.getByLabelText(/^Moneda/));
    await user.type(screen.getByLabelText(/^Moneda/), 'US');
    await user.click(screen.getByRole('button', { name: 'Guardar movimiento' }));
    expect(screen.getByLabelText(/^Monto/)).toHaveAccessibleDescription('El monto debe ser mayor que cero.');
    expect(screen.getByLabelText(/^Moneda/)).toHaveAccessibleDescription(
      /Indique un código de moneda de tres letras/,
    );
    expect(screen.getByLabelText(/^Fuente/)).toHaveAccessibleDescription(
      'Elija una fuente o escriba el nombre de una nueva.',
    );
    await user.clear(screen.getByLabelText(/^Monto/));
    await user.type(screen.getByLabelText(/^Monto/), '10,1234');
    await user.click(screen.getByRole('button', { name: 'Guardar movimiento' }));
    expect(screen.getByLabelText(/^Monto/)).toHaveAccessibleDescription(
      'El monto admite como máximo dos decimales.',
    );
    expect((await client.send('budget.list', { groupId: '2020-2021/VII' })).entries).toHaveLength(0);
  });

  it('removes an entry after confirmation', async () => {
    const { client } = await makeApi();
    await client.send('budget.add', {
      groupId: '2020-2021/VII',
      activityId: null,
      kind: 'in-kind',
      source: 'DANE',
      institution: 'nso-col',
      amount: 99.5,
      currency: 'USD',
      purpose: '',
      date: '2021-02-01',
    });
    const { user } = renderWithProviders(<App />, { client, hash: '#/budget/2020-2021/VII' });
    const button = await screen.findByRole('button', {
      name: /^Quitar el movimiento del 1 de febrero de 2021 por 99,50\sUS\$$/,
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await user.click(button);
    expect((await client.send('budget.list', { groupId: '2020-2021/VII' })).entries).toHaveLength(1);
    await user.click(button);
    expect(await screen.findByText('Todavía no hay movimientos.')).toBeInTheDocument();
    expect(screen.getByText('Movimiento quitado')).toBeInTheDocument();
    expect((await client.send('budget.list', { groupId: '2020-2021/VII' })).entries).toHaveLength(0);
    confirm.mockRestore();
  });

  it('accepts a new source outside the catalogue', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/budget/2020-2021/VII' });
    await screen.findByRole('heading', { level: 1, name: 'Presupuesto del grupo VII' });
    await user.selectOptions(screen.getByLabelText(/^Fuente/), 'new');
    await user.type(screen.getByLabelText(/^Nombre de la nueva fuente/), 'Fundación Ejemplo');
    await user.type(screen.getByLabelText(/^Monto/), '250');
    await user.clear(screen.getByLabelText(/^Moneda/));
    await user.type(screen.getByLabelText(/^Moneda/), 'eur');
    await user.click(screen.getByRole('button', { name: 'Guardar movimiento' }));
    const bySource = await screen.findByRole('table', { name: 'Por fuente' });
    expect(
      within(bySource).getByRole('rowheader', { name: 'Fundación Ejemplo' }).closest('tr'),
    ).toHaveTextContent(/250,00\s€/);
  });
});

describe('budget source', () => {
  it("defaults to the user's own office, names each office with its country, keeps the choice after a save and shows cents in every currency", async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/budget/2020-2021/VII' });
    await screen.findByRole('heading', { level: 1, name: 'Presupuesto del grupo VII' });
    const source = screen.getByLabelText(/^Fuente/);
    await waitFor(() => expect(source).toHaveValue('nso-col'));
    const labels = within(source)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(labels).toContain('Instituto Nacional de Estadísticas (INE) — Chile');
    expect(new Set(labels).size).toBe(labels.length);
    await user.type(screen.getByLabelText(/^Monto/), '1200,50');
    await user.clear(screen.getByLabelText(/^Moneda/));
    await user.type(screen.getByLabelText(/^Moneda/), 'COP');
    await user.click(screen.getByRole('button', { name: 'Guardar movimiento' }));
    const bySource = await screen.findByRole('table', { name: 'Por fuente' });
    expect(within(bySource).getByRole('row', { name: /COP/ })).toHaveTextContent(/1200,50\sCOP/);
    expect(screen.getByLabelText(/^Fuente/)).toHaveValue('nso-col');
  });
});

describe('parseAmount', () => {
  it('reads amounts as typed in any of the four languages', () => {
    expect(parseAmount('1500.5')).toBe(1500.5);
    expect(parseAmount('1,500.50')).toBe(1500.5);
    expect(parseAmount('1.500,50')).toBe(1500.5);
    expect(parseAmount('1 500,50')).toBe(1500.5);
    expect(parseAmount('1.500')).toBe(1500);
    expect(parseAmount('1,500,000')).toBe(1500000);
    expect(parseAmount('10,5')).toBe(10.5);
    expect(parseAmount('10,125')).toBe(10125);
    expect(parseAmount('10.1234')).toBe(10.1234);
    expect(parseAmount('abc')).toBeNaN();
    expect(parseAmount('-5')).toBeNaN();
    expect(parseAmount('')).toBeNaN();
  });
});
