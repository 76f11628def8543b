import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { renderWithProviders, makeApi } from '../renderWithProviders';
import { colombiaReports, fileOf, SECRETARIAT } from './colombiaReports';

const HASH = '#/activity/2020-2021/VII/3';

describe('the review loop, on the screens', () => {
  it('the secretariat lands on the report to review, cannot return it without a comment, and sees the decision saved', async () => {
    const { bundle } = await colombiaReports();
    const sec = await makeApi(SECRETARIAT);
    await sec.client.send('bundle.import', { files: [fileOf(bundle)], trustNew: true });
    const { user } = renderWithProviders(<App />, { client: sec.client, hash: '#/' });
    const awaiting = await screen.findByRole('region', { name: '1 informe por revisar' });
    expect(within(awaiting).getByText(/Colombia · Ana Pérez/)).toBeInTheDocument();
    await user.click(within(awaiting).getByRole('link', { name: /Actividad VII\.3/ }));

    // The report under review leads; the secretariat's own report form waits folded below.
    const attention = await screen.findByRole('region', { name: 'Informes que requieren su atención' });
    expect(within(attention).getByText('Cuestionario piloteado')).toBeInTheDocument();
    expect(screen.getByText('Registrar un informe usted mismo').closest('details')).not.toHaveAttribute(
      'open',
    );
    await user.click(within(attention).getByRole('button', { name: 'Devolver con un comentario' }));
    expect(
      within(attention).getByText('Para devolver un informe, escriba qué debe corregirse.'),
    ).toBeInTheDocument();
    expect(
      (await sec.client.send('activity.get', { activityId: '2020-2021/VII/3' })).reports[0]?.review,
    ).toBeNull();

    await user.type(within(attention).getByLabelText('Comentario'), 'Falta el cuestionario como evidencia.');
    await user.click(within(attention).getByRole('button', { name: 'Devolver con un comentario' }));
    const history = await screen.findByRole('region', { name: 'Informes anteriores' });
    await within(history).findByText(/Devuelto por/);
    expect(await within(history).findByRole('status')).toHaveTextContent(
      /Devuelto por CEPAL el .*, con este comentario:Falta el cuestionario como evidencia\./,
    );
    expect(screen.queryByRole('region', { name: 'Informes que requieren su atención' })).toBeNull();
  });

  it('the focal point finds the returned report on her home, corrects it, and it goes back to review', async () => {
    const { focal, bundle } = await colombiaReports();
    const sec = await makeApi(SECRETARIAT);
    await sec.client.send('bundle.import', { files: [fileOf(bundle)], trustNew: true });
    const [report] = (await sec.client.send('activity.get', { activityId: '2020-2021/VII/3' })).reports;
    await sec.client.send('review.set', {
      reportId: report!.id,
      decision: 'returned',
      comment: 'Indique el número de municipios.',
    });
    await focal.client.send('bundle.import', {
      files: [fileOf(await sec.client.send('bundle.export', {}))],
      trustNew: true,
    });

    const { user } = renderWithProviders(<App />, { client: focal.client, hash: '#/' });
    const returned = await screen.findByRole('region', { name: '1 informe devuelto para corregir' });
    expect(within(returned).getByText('Indique el número de municipios.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navegación principal' });
    expect(within(nav).getByRole('link', { name: /^Programa.*\(1 pendiente\)$/ })).toBeInTheDocument();
    await user.click(within(returned).getByRole('link', { name: /Actividad VII\.3/ }));

    const attention = await screen.findByRole('region', { name: 'Informes que requieren su atención' });
    await user.click(within(attention).getByRole('button', { name: 'Corregir este informe' }));
    const done = within(attention).getByLabelText(/^Lo realizado/);
    await user.clear(done);
    await user.type(done, 'Cuestionario piloteado en 12 municipios');
    await user.click(within(attention).getByRole('button', { name: 'Guardar la corrección' }));
    const history = await screen.findByRole('region', { name: 'Informes anteriores' });
    const [article] = await within(history).findAllByRole('article');
    expect(within(article!).getByText('Cuestionario piloteado en 12 municipios')).toBeInTheDocument();
    expect(within(article!).getByText('Corregido')).toBeInTheDocument();
    expect(
      within(article!).getByText(
        'El informe se corrigió después de esta decisión: espera una nueva revisión.',
      ),
    ).toBeInTheDocument();
    expect((await focal.client.send('home.get', {})).returned).toEqual([]);
  });

  it('the focal point withdraws her report after confirming', async () => {
    const { focal } = await colombiaReports();
    const { user } = renderWithProviders(<App />, { client: focal.client, hash: HASH });
    const history = await screen.findByRole('region', { name: 'Informes anteriores' });
    await user.click(await within(history).findByRole('button', { name: 'Retirar este informe' }));
    await user.click(within(history).getByRole('button', { name: 'Sí, retirarlo' }));
    expect(
      await within(history).findByText('Todavía no hay informes sobre esta actividad.'),
    ).toBeInTheDocument();
  });
});
