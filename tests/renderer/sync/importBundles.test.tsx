import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportBundles } from '../../../renderer/sync/ImportBundles';
import { FOCAL_POINT, makeApi, renderWithProviders } from '../renderWithProviders';

describe('importing bundles through the screen', () => {
  it('asks to trust a new signer showing its fingerprint, then shows what was new', async () => {
    const focal = await makeApi(FOCAL_POINT);
    await focal.client.send('progress.save', {
      activityId: '2020-2021/VII/3',
      status: 'in-progress',
      percent: 40,
      actualStart: '2020-03',
      actualEnd: null,
      done: 'Cuestionario piloteado',
      obstacles: '',
      nextSteps: '',
      evidence: [],
      reportDate: '2021-03-15',
    });
    const exported = await focal.client.send('bundle.export', {});
    const sec = await makeApi({ name: 'CEPAL', email: 'estadisticas@cepal.org', role: 'secretariat', country: null, groups: [], lang: 'es' });

    const { user } = renderWithProviders(<ImportBundles />, { client: sec.client });
    const file = new File([Buffer.from(exported.base64, 'base64')], exported.fileName);
    await user.upload(screen.getByLabelText('Elegir paquetes'), file);

    const prompt = await screen.findByRole('alertdialog');
    expect(prompt).toHaveTextContent(exported.fingerprint);
    expect(sec.store.read().sync.history).toEqual([]);
    await user.click(within(prompt).getByRole('button', { name: 'Confiar e importar' }));

    const table = await screen.findByRole('table', { name: 'Resultado de la importación' });
    const row = within(table).getByRole('row', { name: new RegExp(exported.fileName) });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Ana Pérez (COL)', '1', '0', '0']);
    expect(sec.store.read().sync.trusted).toHaveLength(1);
  });

  it('says which check refused a file, and changes nothing', async () => {
    const sec = await makeApi({ name: 'CEPAL', email: 'estadisticas@cepal.org', role: 'secretariat', country: null, groups: [], lang: 'es' });
    const before = sec.store.read();
    const { user } = renderWithProviders(<ImportBundles />, { client: sec.client });
    await user.upload(screen.getByLabelText('Elegir paquetes'), new File(['Hola'], 'nota.ceabundle'));
    expect(await screen.findByRole('alert')).toHaveTextContent('nota.ceabundle no es un paquete del Seguimiento CEA (.ceabundle).');
    expect(sec.store.read()).toBe(before);
  });
});
