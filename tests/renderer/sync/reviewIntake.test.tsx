import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { IntakeView } from '../../../renderer/sync/IntakeView';
import { ReviewForm } from '../../../renderer/sync/ReviewForm';
import { makeApi, renderWithProviders } from '../renderWithProviders';
import { colombiaReports, fileOf, SECRETARIAT } from './colombiaReports';

async function reportFromColombia() {
  const { focal, report, bundle } = await colombiaReports();
  const sec = await makeApi(SECRETARIAT);
  await sec.client.send('bundle.import', { files: [fileOf(bundle)], trustNew: true });
  return { focal, sec, report, bundle };
}

describe('review and intake', () => {
  it('the secretariat returns a report with a comment, and the decision shows', async () => {
    const { sec, report } = await reportFromColombia();
    const { user } = renderWithProviders(<ReviewForm report={report} canReview />, { client: sec.client });
    await user.type(screen.getByLabelText('Comentario'), 'Falta el símbolo del documento.');
    await user.click(screen.getByRole('button', { name: 'Devolver con un comentario' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /Devuelto por CEPAL.*Falta el símbolo del documento\./,
    );
    const seen = (await sec.client.send('activity.get', { activityId: '2020-2021/VII/3' })).reports.find(
      (r) => r.id === report.id,
    );
    expect(seen?.review).toMatchObject({ decision: 'returned', comment: 'Falta el símbolo del documento.' });
  });

  it('a focal point sees the decision but is offered no buttons', async () => {
    const { focal, report } = await reportFromColombia();
    renderWithProviders(<ReviewForm report={{ ...report, review: null }} canReview={false} />, {
      client: focal.client,
    });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('the decision travels back in the consolidated bundle and the focal point sees it on the activity', async () => {
    const { focal, sec, report } = await reportFromColombia();
    await sec.client.send('review.set', { reportId: report.id, decision: 'accepted', comment: 'Gracias.' });
    const consolidated = await sec.client.send('bundle.export', { all: true });
    await focal.client.send('bundle.import', { files: [fileOf(consolidated)], trustNew: true });
    renderWithProviders(<App />, { client: focal.client, hash: '#/activity/2020-2021/VII/3' });
    const history = await screen.findByRole('region', { name: 'Informes anteriores' });
    const [article] = await within(history).findAllByRole('article');
    expect(within(article!).getByRole('status')).toHaveTextContent(/Aceptado por CEPAL.*Gracias\./);
    expect(within(article!).queryByRole('button', { name: /Aceptar|Devolver/ })).toBeNull();
  });

  it('intake lists Colombia with its key and the countries still silent', async () => {
    const { sec, bundle } = await reportFromColombia();
    renderWithProviders(<IntakeView programmeId="2020-2021" />, { client: sec.client });
    const row = await screen.findByRole('row', { name: /Ana Pérez \(Colombia\)/ });
    expect(within(row).getByText(bundle.fingerprint)).toBeInTheDocument();
    expect(screen.getByText('Aún no se envió ningún paquete consolidado.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Países sin envíos en el período' }).nextElementSibling,
    ).toHaveTextContent('México');
  });
});
