import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { makeApi, renderWithProviders } from './renderWithProviders';

/** States the browser test does not reach: the first-run screen and forms showing their errors. jsdom cannot judge contrast. */
async function blockingViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of states the browser test does not visit', () => {
  it('first-run screen with its validation messages', async () => {
    const { client } = await makeApi(null);
    const { user } = renderWithProviders(<App />, { client });
    await user.click(await screen.findByRole('button', { name: 'Guardar identidad' }));
    await screen.findByText('Escriba su nombre.');
    expect(await blockingViolations()).toEqual([]);
  });

  it('progress form with field errors', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/activity/2020-2021/VII/3' });
    await screen.findByRole('heading', { level: 1, name: 'Avance de la actividad 3' });
    await user.selectOptions(screen.getByLabelText(/^Estado/), 'completed');
    await user.click(screen.getByRole('button', { name: 'Guardar informe' }));
    await screen.findByText('Revise los campos marcados.');
    expect(await blockingViolations()).toEqual([]);
  });

  it('budget form with field errors', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/budget/2020-2021/VII' });
    await screen.findByRole('heading', { level: 1, name: 'Presupuesto del grupo VII' });
    await user.click(screen.getByRole('button', { name: 'Guardar movimiento' }));
    await screen.findByText('El monto debe ser mayor que cero.');
    expect(await blockingViolations()).toEqual([]);
  });
});
