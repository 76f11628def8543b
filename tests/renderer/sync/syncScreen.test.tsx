import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncScreen } from '../../../renderer/sync/SyncScreen';
import { makeApi, renderWithProviders } from '../renderWithProviders';
import { colombiaReports, fileOf, SECRETARIAT } from './colombiaReports';

beforeEach(() => {
  // jsdom has no object URLs; the download itself is the browser's business.
  URL.createObjectURL = vi.fn(() => 'blob:bundle');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe('sync screen', () => {
  it('lists a conflict after an import, settles it by choosing the kept value, and shows the history; exports with a mail link', async () => {
    const { focal, report, bundle: first } = await colombiaReports();
    const sec = await makeApi(SECRETARIAT);
    await sec.client.send('bundle.import', { files: [fileOf(first)], trustNew: true });
    await focal.store.commit([{ entity: 'progress', key: report.id, fields: { percent: 30 } }]);
    await sec.store.commit([{ entity: 'progress', key: report.id, fields: { percent: 25 } }]);
    const second = await focal.client.send('bundle.export', {});
    await sec.client.send('bundle.import', { files: [fileOf(second)] });

    const { user } = renderWithProviders(<SyncScreen />, { client: sec.client });
    const conflicts = await screen.findByRole('region', { name: 'Conflictos' });
    const card = await within(conflicts).findByRole('article', {
      name: 'Porcentaje completado en el informe de Colombia sobre la Actividad VII.3',
    });
    expect(within(card).getByText(/^— Ana Pérez \(Colombia, Punto focal\) · /)).toBeInTheDocument();
    expect(within(card).getByText(/^— CEPAL \(Secretaría\) · /)).toBeInTheDocument();
    const kept = within(card).getByRole('button', { name: /^Elegir (30|25)\s%$/ });
    const keptValue = kept.textContent.replace(/\D/g, '');
    await user.click(kept);
    expect(await within(conflicts).findByText('No hay conflictos.')).toBeInTheDocument();
    expect(
      (await sec.client.send('activity.get', { activityId: '2020-2021/VII/3' })).reports.find(
        (r) => r.id === report.id,
      )?.percent,
    ).toBe(Number(keptValue));

    const history = screen.getByRole('region', { name: 'Paquetes enviados y recibidos' });
    expect(
      await within(history).findAllByRole('row', {
        name: new RegExp(`${first.fileName}|${second.fileName}`),
      }),
    ).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Exportar los cambios desde el último paquete' }));
    const exported = screen.getByRole('region', { name: 'Exportar el paquete consolidado' });
    expect(
      await within(exported).findByText(
        /^Se guardó 2020-2021-secretariat-0001\.ceabundle \(\d+ cambios\)\.$/,
      ),
    ).toBeInTheDocument();
    expect(within(exported).getByText(/Adjúntelo a un correo para los puntos focales/)).toBeInTheDocument();
    expect(within(exported).getByText('Ana Pérez (Colombia) <ana.perez@dane.gov.co>')).toBeInTheDocument();
    expect(within(exported).getByRole('link', { name: 'Escribir a 1 punto focal' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:ana\.perez%40dane\.gov\.co\?subject=Paquete/),
    );
    // Nothing new since: the button says so instead of writing an empty bundle.
    expect(
      await within(exported).findByText(
        'No hay nada nuevo que enviar: todo lo registrado ya salió en un paquete.',
      ),
    ).toBeInTheDocument();
    expect(
      within(exported).getByRole('button', { name: 'Exportar los cambios desde el último paquete' }),
    ).toBeDisabled();
    expect(URL.createObjectURL).toHaveBeenCalledOnce();
    // The secretariat also sees the intake of the newest programme, with Colombia heard from.
    const intake = screen.getByRole('region', { name: 'Recepción de paquetes' });
    expect(await within(intake).findByRole('row', { name: /Ana Pérez \(Colombia\)/ })).toBeInTheDocument();
  });

  it('shows a focal point the conflict in words, with no choice, saying who decides', async () => {
    const { focal, report, bundle: first } = await colombiaReports();
    const sec = await makeApi(SECRETARIAT);
    await sec.client.send('bundle.import', { files: [fileOf(first)], trustNew: true });
    await focal.store.commit([{ entity: 'progress', key: report.id, fields: { percent: 30 } }]);
    await sec.store.commit([{ entity: 'progress', key: report.id, fields: { percent: 25 } }]);
    await focal.client.send('bundle.import', {
      files: [fileOf(await sec.client.send('bundle.export', {}))],
      trustNew: true,
    });

    renderWithProviders(<SyncScreen />, { client: focal.client });
    const conflicts = await screen.findByRole('region', { name: 'Conflictos' });
    const card = await within(conflicts).findByRole('article', {
      name: /^Porcentaje completado en el informe de Colombia/,
    });
    expect(within(card).getByText('Decidirá la secretaría o la coordinación del grupo.')).toBeInTheDocument();
    expect(within(card).queryByRole('button')).toBeNull();
    expect(card.textContent).not.toMatch(/[{}"]|\d{4}-\d{2}-\d{2}T|p-[0-9a-z]{9}/);
  });
});
