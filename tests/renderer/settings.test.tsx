import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/app/App';
import { FOCAL_POINT, makeApi, renderWithProviders } from './renderWithProviders';

describe('settings and first run', () => {
  it('first run: asks who the user is, refuses an incomplete identity, then opens the programme', async () => {
    const { client } = await makeApi(null);
    const { user } = renderWithProviders(<App />, { client, lang: 'pt' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Boas-vindas' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Salvar identidade' }));
    expect(screen.getByLabelText(/^Nome/)).toHaveAccessibleDescription('Digite seu nome.');
    expect(screen.getByLabelText(/^E-mail/)).toHaveAccessibleDescription(
      'Digite um endereço de e-mail válido.',
    );
    expect(screen.getByLabelText(/^País/)).toHaveAccessibleDescription('Escolha seu país.');
    expect(await client.send('identity.get', {})).toBeNull();

    await user.type(screen.getByLabelText(/^Nome/), 'João Silva');
    await user.type(screen.getByLabelText(/^E-mail/), 'joao@ibge.gov.br');
    await user.selectOptions(screen.getByLabelText(/^Função/), 'focal-point');
    await user.selectOptions(screen.getByLabelText(/^País/), 'BRA');
    const groups = screen.getByRole('group', { name: 'Grupos de trabalho' });
    await user.click(await within(groups).findByRole('checkbox', { name: /^VII — / }));
    await user.click(screen.getByRole('button', { name: 'Salvar identidade' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programa de atividades' }),
    ).toBeInTheDocument();
    expect(await client.send('identity.get', {})).toMatchObject({
      name: 'João Silva',
      country: 'BRA',
      role: 'focal-point',
      groups: ['2020-2021/VII'],
      lang: 'pt',
    });
  });

  it('edits the identity, shows the data folder and restores a backup after confirmation', async () => {
    const { client, store } = await makeApi();
    await client.send('identity.set', { ...FOCAL_POINT, name: 'Ana María Pérez' });
    // A restore point, as closing the application or an import keeps one.
    await store.backup('manual');
    const { user } = renderWithProviders(<App />, { client, hash: '#/settings' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Configuración' })).toBeInTheDocument();
    const name = screen.getByLabelText(/^Nombre/);
    expect(name).toHaveValue('Ana María Pérez');
    await user.clear(name);
    await user.type(name, 'Ana Pérez Gómez');
    await user.click(screen.getByRole('button', { name: 'Guardar identidad' }));
    expect(await screen.findByText(/Guardado a las/)).toBeInTheDocument();
    expect((await client.send('identity.get', {}))?.name).toBe('Ana Pérez Gómez');

    const folder = screen.getByRole('region', { name: 'Carpeta de datos' });
    expect(within(folder).getByText('Archivo de la base de datos')).toBeInTheDocument();

    const backups = screen.getByRole('region', { name: 'Copias de seguridad' });
    const restoreButtons = await within(backups).findAllByRole('button', { name: /^Restaurar la copia del/ });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(restoreButtons[restoreButtons.length - 1]!);
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Se reemplazarán los datos actuales/));
    expect(await within(backups).findByText('Copia restaurada')).toBeInTheDocument();
    confirm.mockRestore();
  });
});
