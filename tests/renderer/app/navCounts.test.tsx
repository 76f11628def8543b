import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { makeApi, renderWithProviders } from '../renderWithProviders';

describe('navigation counts', () => {
  it('count a saved report as unsent right after the save, without leaving the activity page', async () => {
    const { client } = await makeApi();
    const { user, i18n } = renderWithProviders(<App />, { client, hash: '#/activity/2020-2021/VII/3' });
    await screen.findByRole('heading', { level: 1, name: 'Avance de la actividad 3' });
    const nav = screen.getByRole('navigation', { name: 'Navegación principal' });
    const unsentBefore = (await client.send('home.get', {})).unsent;
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: /^Sincronización/ })).toHaveAccessibleName(
        unsentBefore === 0
          ? 'Sincronización'
          : new RegExp(`^Sincronización\\s*\\(${i18n.t('common:nav.unsent', { count: unsentBefore })}\\)$`),
      ),
    );

    await user.selectOptions(screen.getByLabelText(/^Estado/), 'in-progress');
    await user.clear(screen.getByLabelText(/^Porcentaje completado/));
    await user.type(screen.getByLabelText(/^Porcentaje completado/), '40');
    await user.type(screen.getByLabelText('Inicio real (mes)'), '2020-09');
    await user.type(screen.getByLabelText(/^Lo realizado/), 'Cuestionario enviado.');
    await user.click(screen.getByRole('button', { name: 'Guardar informe' }));
    expect(await screen.findByText(/Guardado a las/)).toBeInTheDocument();

    const unsentAfter = (await client.send('home.get', {})).unsent;
    expect(unsentAfter).toBeGreaterThan(unsentBefore);
    expect(
      await within(nav).findByRole('link', {
        name: new RegExp(`^Sincronización\\s*\\(${i18n.t('common:nav.unsent', { count: unsentAfter })}\\)$`),
      }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/activity/2020-2021/VII/3');
  });
});
