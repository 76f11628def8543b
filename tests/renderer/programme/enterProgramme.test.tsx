import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { SECRETARIAT } from '../../focalPoint';
import { makeApi, renderWithProviders } from '../renderWithProviders';

describe('entering a new programme', () => {
  it('the secretariat creates 2026–2027 field by field, then a working group with its coordinators and members', async () => {
    const { client } = await makeApi(SECRETARIAT);
    const { user } = renderWithProviders(<App />, { client, hash: '#/enter' });
    await screen.findByRole('heading', { level: 1, name: 'Registrar el programa que aprobó la Conferencia' });
    const form = await screen.findByRole('form', { name: 'El programa nuevo' });
    await user.click(within(form).getByRole('button', { name: 'Crear el programa' }));
    // Nothing typed: every field says what it needs, next to it.
    expect(within(form).getByLabelText(/Primer mes/)).toHaveAccessibleDescription(
      /Este campo es obligatorio/,
    );
    await user.type(within(form).getByLabelText(/Primer mes/), '2026-01');
    await user.type(within(form).getByLabelText(/Último mes/), '2026-12');
    await user.type(within(form).getByLabelText(/Signatura del documento/), 'LC/CEA.13/5');
    await user.type(within(form).getByLabelText(/Título en español/), 'Programa bienal 2026-2027');
    await user.type(within(form).getByLabelText(/Título en inglés/), 'Biennial programme 2026-2027');
    await user.click(within(form).getByRole('button', { name: 'Crear el programa' }));
    expect(within(form).getByLabelText(/Último mes/)).toHaveAccessibleDescription(/dos años o más/);
    await user.clear(within(form).getByLabelText(/Último mes/));
    await user.type(within(form).getByLabelText(/Último mes/), '2027-12');
    await user.click(within(form).getByRole('button', { name: 'Crear el programa' }));

    await screen.findByRole('heading', { level: 1, name: /Programa 2026–2027: grupos de trabajo/ });
    expect(screen.getByText(/Todavía no hay grupos de trabajo/)).toBeInTheDocument();
    const group = screen.getByRole('form', { name: 'Grupo de trabajo nuevo' });
    await user.type(within(group).getByLabelText(/Número del grupo/), 'i');
    await user.type(within(group).getByLabelText(/Producto/), 'Estadísticas de género');
    await user.type(within(group).getByLabelText(/^Tema/), 'Género');
    await user.type(
      within(group).getByLabelText(/Objetivo general/),
      'Fortalecer las estadísticas de género.',
    );
    await user.click(within(group).getByRole('button', { name: 'Guardar el grupo de trabajo' }));
    expect(
      within(group).getByText('Este campo es obligatorio.', { selector: '.field__error' }),
    ).toBeInTheDocument();
    const coordinators = within(group).getByRole('group', { name: 'Países coordinadores' });
    await user.click(within(coordinators).getByRole('checkbox', { name: 'México' }));
    const members = within(group).getByRole('group', { name: /Países miembros/ });
    await user.click(within(members).getByRole('checkbox', { name: 'Colombia' }));
    await user.click(within(group).getByRole('button', { name: 'Guardar el grupo de trabajo' }));

    const link = await screen.findByRole('link', { name: /Grupo de trabajo I: Estadísticas de género/ });
    expect(link).toHaveAttribute('href', '#/group/2026-2027/I');
    expect(screen.getByText(/1 grupo de trabajo registrado/)).toBeInTheDocument();
  });

  it('a focal point is told the screen is the secretariat’s', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: '#/enter' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Solo la secretaría registra programas, grupos de trabajo y sus miembros.',
    );
  });
});
