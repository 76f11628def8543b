import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportBundles } from '../../../renderer/sync/ImportBundles';
import { makeApi, renderWithProviders } from '../renderWithProviders';
import { colombiaReports, SECRETARIAT } from './colombiaReports';

describe('importing bundles through the screen', () => {
  it('asks to trust a new signer showing its fingerprint, then shows what was new', async () => {
    const { bundle: exported } = await colombiaReports();
    const sec = await makeApi(SECRETARIAT);

    const { user } = renderWithProviders(<ImportBundles />, { client: sec.client });
    const file = new File([Buffer.from(exported.base64, 'base64')], exported.fileName);
    await user.upload(screen.getByLabelText('Elegir paquetes'), file);

    let prompt = await screen.findByRole('dialog', {
      name: 'Primer paquete de Ana Pérez <ana.perez@dane.gov.co>',
    });
    expect(prompt).toHaveTextContent(exported.fingerprint);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(within(prompt).getByRole('button', { name: 'No importar' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sec.store.read().sync.history).toEqual([]);
    await user.upload(screen.getByLabelText('Elegir paquetes'), file);
    prompt = await screen.findByRole('dialog');
    await user.click(within(prompt).getByRole('button', { name: 'Confiar e importar' }));

    const table = await screen.findByRole('table', { name: 'Resultado de la importación' });
    const row = within(table).getByRole('row', { name: new RegExp(exported.fileName) });
    await within(row).findByText('Ana Pérez (Colombia)');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Ana Pérez (Colombia)', '1', '0', '0']);
    expect(sec.store.read().sync.trusted).toHaveLength(1);
  });

  it('says which check refused a file, and changes nothing', async () => {
    const sec = await makeApi(SECRETARIAT);
    const before = sec.store.read();
    const { user } = renderWithProviders(<ImportBundles />, { client: sec.client });
    await user.upload(screen.getByLabelText('Elegir paquetes'), new File(['Hola'], 'nota.ceabundle'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'nota.ceabundle no es un paquete del Seguimiento CEA (.ceabundle).',
    );
    expect(sec.store.read()).toBe(before);
  });
});
