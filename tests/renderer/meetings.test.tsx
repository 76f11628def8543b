import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { makeApi, renderWithProviders } from './renderWithProviders';

describe('meetings of a group', () => {
  it('a focal point records a workshop of its group, with who took part and what it served, and sees it listed in words', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/meetings/2020-2021/VII' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reuniones del grupo VII' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Aún no hay reuniones registradas para este grupo.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(/^Tipo/), 'workshop');
    await user.type(screen.getByLabelText(/^Nombre/), 'Taller sobre el cuestionario');
    await user.clear(screen.getByLabelText(/^Primer día/));
    await user.type(screen.getByLabelText(/^Primer día/), '2021-03-02');
    await user.clear(screen.getByLabelText(/^Último día/));
    await user.type(screen.getByLabelText(/^Último día/), '2021-03-03');
    await user.type(screen.getByLabelText(/^Lugar/), 'Bogotá');
    await user.type(screen.getByLabelText(/^Organizadores/), 'DANE{Enter}CEPAL');
    const countries = screen.getByRole('group', { name: 'Países participantes' });
    await user.click(within(countries).getByRole('checkbox', { name: 'Colombia' }));
    await user.click(within(countries).getByRole('checkbox', { name: 'México' }));
    await user.click(screen.getByRole('checkbox', { name: /^Actividad 3:/ }));
    await user.click(screen.getByRole('button', { name: 'Guardar la reunión' }));

    const item = await screen.findByRole('article', { name: 'Taller sobre el cuestionario' });
    expect(item).toHaveTextContent(
      'Taller · Bogotá · 2 de marzo de 2021 – 3 de marzo de 2021 · Ya se realizó',
    );
    expect(item).toHaveTextContent('OrganizadoresDANE; CEPAL');
    expect(item).toHaveTextContent('Países participantesColombia; México');
    expect(item).toHaveTextContent('Actividad 3');
    expect(item).not.toHaveTextContent(/2020-2021\/VII|COL\b|\d{4}-\d{2}-\d{2}/);
    const { meetings } = await client.send('meetings.list', { groupId: '2020-2021/VII' });
    expect(meetings[0]).toMatchObject({
      kind: 'workshop',
      country: 'COL',
      countries: ['COL', 'MEX'],
      activities: ['2020-2021/VII/3'],
      organisers: [
        { orig: 'es', es: 'DANE' },
        { orig: 'es', es: 'CEPAL' },
      ],
    });
  });

  it('refuses a meeting that ends before it starts, next to the field, and saves nothing', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/meetings/2020-2021/VII' });
    await screen.findByRole('heading', { level: 1, name: 'Reuniones del grupo VII' });
    await user.type(screen.getByLabelText(/^Nombre/), 'Reunión virtual');
    await user.type(screen.getByLabelText(/^Lugar/), 'En línea');
    await user.clear(screen.getByLabelText(/^Último día/));
    await user.type(screen.getByLabelText(/^Último día/), '2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Guardar la reunión' }));
    expect(screen.getByLabelText(/^Último día/)).toHaveAccessibleDescription(
      'La reunión no puede terminar antes de su primer día.',
    );
    expect((await client.send('meetings.list', { groupId: '2020-2021/VII' })).meetings).toHaveLength(0);
  });

  it('shows the meetings of the 2011 MDG report, read-only to a country outside the group', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: '#/meetings/2009-2011/MDG' });
    const lima = await screen.findByRole('article', { name: /^Reunión de Directores de Estadística/ });
    expect(lima).toHaveTextContent(
      'Reunión · Lima · 27 de abril de 2010 – 29 de abril de 2010 · Ya se realizó',
    );
    expect(lima).toHaveTextContent('Según el documento de origen');
    expect(
      screen.getByText('Solo los países del grupo y la secretaría pueden registrar reuniones.'),
    ).toBeInTheDocument();
    expect(within(lima).queryByRole('button')).toBeNull();
  });
});
