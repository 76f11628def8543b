import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportBundles } from '../../../renderer/sync/ImportBundles';
import { makeApi, renderWithProviders } from '../renderWithProviders';
import { colombiaReports, SECRETARIAT } from './colombiaReports';
import { FOCAL_POINT } from '../renderWithProviders';

const MEXICO = {
  ...FOCAL_POINT,
  name: 'Luis Ramírez',
  email: 'luis.ramirez@inegi.org.mx',
  country: 'MEX',
  role: 'coordinator' as const,
  groups: ['2020-2021/VII'],
};

describe('importing bundles through the screen', () => {
  it('asks to trust a new signer showing its fingerprint, then shows what was new', async () => {
    const { bundle: exported } = await colombiaReports();
    const sec = await makeApi(SECRETARIAT);

    const { user } = renderWithProviders(<ImportBundles />, { client: sec.client });
    const file = new File([Buffer.from(exported.base64, 'base64')], exported.fileName);
    await user.upload(screen.getByLabelText('Elegir paquetes'), file);

    let prompt = await screen.findByRole('dialog', { name: 'Paquetes de 1 remitente nuevo' });
    const ana = within(prompt).getByRole('group', { name: 'Ana Pérez <ana.perez@dane.gov.co>' });
    await waitFor(() => expect(ana).toHaveTextContent('Colombia · Punto focal'));
    expect(ana).toHaveTextContent(`Huella de su clave: ${exported.fingerprint}`);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(within(prompt).getByRole('button', { name: 'No importar nada' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sec.store.read().sync.history).toEqual([]);
    await user.upload(screen.getByLabelText('Elegir paquetes'), file);
    prompt = await screen.findByRole('dialog');
    // Nothing is chosen for her: importing asks first.
    await user.click(within(prompt).getByRole('button', { name: 'Importar según lo elegido' }));
    expect(within(prompt).getByRole('alert')).toHaveTextContent(
      'Elija, para cada remitente, si confía en su clave o no importa sus paquetes.',
    );
    expect(sec.store.read().sync.history).toEqual([]);
    await user.click(
      within(prompt).getByRole('radio', { name: 'Confiar en esta clave e importar sus paquetes' }),
    );
    await user.click(within(prompt).getByRole('button', { name: 'Importar según lo elegido' }));

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

  it('asks about each new sender of one import; only the trusted one is imported, the other is reported as declined', async () => {
    const { bundle: colombia } = await colombiaReports();
    const mexico = await makeApi(MEXICO);
    await mexico.client.send('progress.save', {
      activityId: '2020-2021/VII/3',
      status: 'in-progress',
      percent: 20,
      actualStart: '2020-05',
      actualEnd: null,
      done: 'Encuesta piloto en Jalisco',
      obstacles: '',
      nextSteps: '',
      evidence: [],
      reportDate: '2020-10-20',
    });
    const fromMexico = await mexico.client.send('bundle.export', {});
    const sec = await makeApi(SECRETARIAT);
    const { user } = renderWithProviders(<ImportBundles />, { client: sec.client });
    await user.upload(screen.getByLabelText('Elegir paquetes'), [
      new File([Buffer.from(colombia.base64, 'base64')], colombia.fileName),
      new File([Buffer.from(fromMexico.base64, 'base64')], fromMexico.fileName),
    ]);

    const prompt = await screen.findByRole('dialog', { name: 'Paquetes de 2 remitentes nuevos' });
    const ana = within(prompt).getByRole('group', { name: 'Ana Pérez <ana.perez@dane.gov.co>' });
    const luis = within(prompt).getByRole('group', { name: `Luis Ramírez <${MEXICO.email}>` });
    expect(ana).toHaveTextContent(colombia.fingerprint);
    await waitFor(() => expect(luis).toHaveTextContent('México · Coordinador o coordinadora'));
    expect(luis).toHaveTextContent(fromMexico.fingerprint);
    await user.click(
      within(ana).getByRole('radio', { name: 'Confiar en esta clave e importar sus paquetes' }),
    );
    await user.click(within(luis).getByRole('radio', { name: 'No importar sus paquetes' }));
    await user.click(within(prompt).getByRole('button', { name: 'Importar según lo elegido' }));

    const table = await screen.findByRole('table', { name: 'Resultado de la importación' });
    expect(within(table).getByRole('row', { name: new RegExp(fromMexico.fileName) })).toHaveTextContent(
      'No importado: usted no confió en la clave de este remitente',
    );
    expect(sec.store.read().sync.trusted.map((t) => t.fingerprint)).toEqual([colombia.fingerprint]);
    const reports = (await sec.client.send('activity.get', { activityId: '2020-2021/VII/3' })).reports;
    expect(reports.map((r) => r.country)).toEqual(['COL']);
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
