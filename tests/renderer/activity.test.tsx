import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { FOCAL_POINT, makeApi, renderWithProviders } from './renderWithProviders';

const HASH = '#/activity/2020-2021/VII/3';

describe('activity progress form', () => {
  it('saves a report, says so, and lists it newest first with author and country', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: HASH });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Avance de la actividad 3' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Todavía no hay informes sobre esta actividad.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(/^Estado/), 'in-progress');
    await user.clear(screen.getByLabelText(/^Porcentaje completado/));
    await user.type(screen.getByLabelText(/^Porcentaje completado/), '40');
    await user.type(screen.getByLabelText('Inicio real (mes)'), '2020-09');
    await user.type(screen.getByLabelText(/^Lo realizado/), 'Cuestionario enviado a 20 oficinas.');
    await user.type(screen.getByLabelText('Obstáculos'), 'Pandemia.');
    await user.type(screen.getByLabelText('Nueva evidencia'), 'LC/CEA.10/5');
    await user.click(screen.getByRole('button', { name: 'Añadir evidencia' }));
    expect(screen.getByRole('button', { name: 'Quitar LC/CEA.10/5' })).toBeInTheDocument();
    // Typed but not added: saving keeps it rather than dropping it silently.
    await user.type(screen.getByLabelText('Nueva evidencia'), 'https://www.cepal.org/es/cea');
    await user.click(screen.getByRole('button', { name: 'Guardar informe' }));

    expect(await screen.findByRole('status')).toHaveTextContent(/Guardado a las/);
    const history = screen.getByRole('region', { name: 'Informes anteriores' });
    const reports = await within(history).findAllByRole('article');
    expect(reports).toHaveLength(1);
    expect(within(reports[0]!).getByText('Ana Pérez (Colombia)')).toBeInTheDocument();
    expect(within(reports[0]!).getByText('Cuestionario enviado a 20 oficinas.')).toBeInTheDocument();
    expect(within(reports[0]!).getByText('LC/CEA.10/5')).toBeInTheDocument();

    const saved = await client.send('activity.get', { activityId: '2020-2021/VII/3' });
    expect(saved.reports[0]).toMatchObject({
      status: 'in-progress',
      percent: 40,
      actualStart: '2020-09',
      evidence: ['LC/CEA.10/5', 'https://www.cepal.org/es/cea'],
      country: 'COL',
    });
  });

  it('shows field-level messages in the user language and saves nothing', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: HASH });
    await screen.findByRole('heading', { level: 1, name: 'Avance de la actividad 3' });
    await user.selectOptions(screen.getByLabelText(/^Estado/), 'in-progress');
    await user.clear(screen.getByLabelText(/^Porcentaje completado/));
    await user.type(screen.getByLabelText(/^Porcentaje completado/), '100');
    await user.type(screen.getByLabelText('Inicio real (mes)'), '2020-10');
    await user.type(screen.getByLabelText('Fin real (mes)'), '2020-09');
    await user.click(screen.getByRole('button', { name: 'Guardar informe' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Revise los campos marcados.');
    expect(screen.getByLabelText(/^Porcentaje completado/)).toHaveAccessibleDescription(
      'Con 100 % completado, el estado debe ser «Finalizada».',
    );
    expect(screen.getByLabelText('Fin real (mes)')).toHaveAccessibleDescription(
      'El fin real no puede ser anterior al inicio real.',
    );
    expect(screen.getByLabelText(/^Lo realizado/)).toHaveAccessibleDescription('Este campo es obligatorio.');
    await user.clear(screen.getByLabelText('Inicio real (mes)'));
    await user.type(screen.getByLabelText('Inicio real (mes)'), '2019-05');
    await user.click(screen.getByRole('button', { name: 'Guardar informe' }));
    expect(screen.getByLabelText('Inicio real (mes)')).toHaveAccessibleDescription(
      'El mes debe estar dentro del período del programa.',
    );
    expect((await client.send('activity.get', { activityId: '2020-2021/VII/3' })).reports).toHaveLength(0);
  });

  it('warns before leaving with unsaved input, and stays when the user declines', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: HASH });
    await screen.findByRole('heading', { level: 1, name: 'Avance de la actividad 3' });
    await user.type(screen.getByLabelText('Obstáculos'), 'Algo');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await user.click(screen.getByRole('link', { name: 'Grupo VII' }));
    expect(confirm).toHaveBeenCalledWith('Hay cambios sin guardar. ¿Salir de todos modos y perderlos?');
    await new Promise((r) => setTimeout(r, 50));
    expect(window.location.hash).toBe(HASH);
    expect(screen.getByLabelText('Obstáculos')).toHaveValue('Algo');
    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('link', { name: 'Grupo VII' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Grupo de trabajo VII/ }),
    ).toBeInTheDocument();
    confirm.mockRestore();
  });
});

describe('the secretariat', () => {
  it('reports on behalf of a country; focal points are not asked', async () => {
    const { client } = await makeApi({
      ...FOCAL_POINT,
      name: 'Rolando Ocampo',
      role: 'secretariat',
      country: null,
      groups: [],
    });
    const { user } = renderWithProviders(<App />, { client, hash: HASH });
    await screen.findByRole('heading', { level: 1, name: 'Avance de la actividad 3' });
    await user.selectOptions(await screen.findByLabelText('En nombre de'), 'CHL');
    await user.selectOptions(screen.getByLabelText(/^Estado/), 'not-started');
    await user.click(screen.getByRole('button', { name: 'Guardar informe' }));
    const history = screen.getByRole('region', { name: 'Informes anteriores' });
    expect(await within(history).findByText('Rolando Ocampo (Chile)')).toBeInTheDocument();
    expect((await client.send('activity.get', { activityId: '2020-2021/VII/3' })).reports[0]).toMatchObject({
      country: 'CHL',
      author: { role: 'secretariat' },
    });
  });

  it('is the only one asked on whose behalf', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: HASH });
    await screen.findByRole('heading', { level: 1, name: 'Avance de la actividad 3' });
    expect(screen.queryByLabelText('En nombre de')).not.toBeInTheDocument();
  });
});
