import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { FOCAL_POINT, makeApi, renderWithProviders } from './renderWithProviders';

describe('working group', () => {
  it('shows objectives, coordination and the plan with a timeline', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: '#/group/2020-2021/VII' });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Grupo de trabajo VII/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Objetivos' })).toBeInTheDocument();
    // The plan leads the screen, before the group's objectives, people, documents and financing.
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toBe(
      screen.getByRole('heading', { level: 2, name: 'Plan de actividades' }),
    );
    const people = screen.getByRole('region', { name: 'Coordinación y secretaría' });
    expect(within(people).getByText(/^Colombia — /)).toBeInTheDocument();
    expect(within(people).getByText('División de Estadísticas de la CEPAL')).toBeInTheDocument();

    const plan = screen.getByRole('table', { name: /Actividades del grupo VII/ });
    const rows = within(plan).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    const third = rows[2]!;
    expect(within(third).getByRole('rowheader', { name: '3' })).toBeInTheDocument();
    expect(within(third).getByText('agosto de 2020')).toBeInTheDocument();
    expect(within(third).getByText('septiembre de 2020')).toBeInTheDocument();
    expect(within(third).getByText('Atrasada')).toBeInTheDocument();
    expect(
      within(third).getByRole('img', {
        name: /Previsto de agosto de 2020 a septiembre de 2020; No iniciada/,
      }),
    ).toBeInTheDocument();
    expect(within(third).getByRole('link', { name: 'Informar avance de la actividad 3' })).toHaveAttribute(
      'href',
      '#/activity/2020-2021/VII/3',
    );
  });

  it('shows planned dates given in words as words', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: '#/group/2020-2021/II' });
    const plan = await screen.findByRole('table', { name: /Actividades del grupo II/ });
    const second = within(plan).getAllByRole('row')[2]!;
    expect(within(second).getAllByText('Por definir en mayo de 2020')).toHaveLength(2);
    expect(within(second).getByRole('img', { name: 'Sin fechas en meses' })).toBeInTheDocument();
  });

  it('lists planned contributions with their total per currency', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: '#/group/2020-2021/V' });
    const table = await screen.findByRole('table', { name: 'Contribuciones previstas' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4 + 1);
    const total = within(table).getByRole('rowheader', { name: 'Total en USD' }).closest('tr')!;
    expect(total).toHaveTextContent(/65\.000,00\sUS\$/);
    expect(within(table).getAllByText('En especie')).toHaveLength(2);
  });
});

describe('documents referred to', () => {
  it("lists the MDG report's publication and papers as it cites them, with the seminar they were presented at", async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: '#/group/2009-2011/MDG' });
    const card = await screen.findByRole('region', { name: 'Documentos de referencia' });
    const items = within(card).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent(
      /^Publicación: Azócar, Irene, Rayén Quiroga y Pauline Stockins \(2010\), “Vacíos y discrepancias estadísticas/,
    );
    expect(items[0]).toHaveTextContent('(LC/L.3176-P)');
    expect(items[0]).toHaveTextContent('Contribuye a los objetivos o actividades: 2, 4');
    for (const paper of items.slice(1))
      expect(paper).toHaveTextContent(
        /^Documento: .*Presentado en: Seminario anual sobre Avances y desafíos/,
      );
  });

  it("gives the title in the reader's language after the citation as printed, marked as our translation", async () => {
    const { client } = await makeApi({ ...FOCAL_POINT, lang: 'fr' });
    renderWithProviders(<App />, { client, lang: 'fr', hash: '#/group/2009-2011/MDG' });
    const card = await screen.findByRole('region', { name: 'Documents de référence' });
    const first = within(card).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(
      /S\.10\.II\.G\.150\. \[Lacunes et divergences statistiques dans les indicateurs des OMD.* — traduction non officielle\]/,
    );
    expect(within(first).getByText(/^Azócar, Irene/)).toHaveAttribute('lang', 'es');
  });

  it('shows no such list for a group whose data holds none', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: '#/group/2020-2021/VII' });
    await screen.findByRole('heading', { level: 1, name: /Grupo de trabajo VII/ });
    expect(screen.queryByRole('region', { name: 'Documentos de referencia' })).toBeNull();
  });
});

describe('rescheduling, for the coordinator of the group', () => {
  const COORDINATOR = {
    ...FOCAL_POINT,
    role: 'coordinator' as const,
    groups: ['2020-2021/II'],
    country: 'CHL',
  };

  it('sets a month for a date the programme gave in words, and refuses an end before the start', async () => {
    const { client } = await makeApi(COORDINATOR);
    const { user } = renderWithProviders(<App />, { client, hash: '#/group/2020-2021/II' });
    await user.click(await screen.findByRole('button', { name: 'Reprogramar la actividad 2' }));
    const editor = screen.getByRole('form', { name: 'Plan de la actividad 2' });
    const start = within(editor).getByLabelText('Inicio previsto (mes)');
    expect(start).toHaveAccessibleDescription('El programa dice: «Por definir en mayo de 2020»');
    await user.type(start, '2020-09');
    await user.type(within(editor).getByLabelText('Fin previsto (mes)'), '2020-06');
    await user.click(within(editor).getByRole('button', { name: 'Guardar el plan' }));
    expect(within(editor).getByLabelText('Fin previsto (mes)')).toHaveAccessibleDescription(
      /El fin previsto no puede ser anterior al inicio previsto\./,
    );

    await user.clear(within(editor).getByLabelText('Fin previsto (mes)'));
    await user.type(within(editor).getByLabelText('Fin previsto (mes)'), '2020-11');
    await user.click(within(editor).getByRole('button', { name: 'Guardar el plan' }));
    expect(await screen.findByText(/^Guardado a las/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Plan de la actividad 2' })).not.toBeInTheDocument();
    const row = within(screen.getByRole('table', { name: /Actividades del grupo II/ })).getAllByRole(
      'row',
    )[2]!;
    expect(await within(row).findByText('septiembre de 2020')).toBeInTheDocument();
    expect(within(row).getByText('noviembre de 2020')).toBeInTheDocument();
    const { activities } = await client.send('group.get', { groupId: '2020-2021/II' });
    expect(activities[1]!.activity.plannedStart).toMatchObject({
      month: '2020-09',
      words: { es: 'Por definir en mayo de 2020' },
    });
  });

  it('is not offered to a focal point', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: '#/group/2020-2021/VII' });
    await screen.findByRole('table', { name: /Actividades del grupo VII/ });
    expect(screen.queryByRole('button', { name: /^Reprogramar/ })).not.toBeInTheDocument();
  });
});

describe('documents of a group', () => {
  it('makes the activity report as a Word file and offers it as a download', async () => {
    const { client } = await makeApi();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:report';
    });
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/\.docx$/);
      expect(this.href).toBe('blob:report');
    });
    const { user } = renderWithProviders(<App />, { client, hash: '#/group/2020-2021/VII' });
    await user.click(await screen.findByRole('button', { name: 'Informe de actividades (Word)' }));
    expect(await screen.findByText(/^Archivo listo: .*\.docx$/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    expect(created[0]!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // A .docx is a zip: it starts with PK.
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(created[0]!);
    });
    expect([...new Uint8Array(bytes).slice(0, 2)]).toEqual([0x50, 0x4b]);
    click.mockRestore();
    Object.assign(URL, original);
  });
});

describe('a coordinator keeps the plan current', () => {
  it('adds an activity numbered after the last and corrects the text of another', async () => {
    const { client } = await makeApi({ ...FOCAL_POINT, role: 'coordinator' });
    const { user } = renderWithProviders(<App />, { client, hash: '#/group/2020-2021/VII' });
    const plan = await screen.findByRole('table', { name: /Actividades del grupo VII/ });
    await user.click(screen.getByRole('button', { name: 'Agregar una actividad' }));
    const form = screen.getByRole('form', { name: 'Actividad nueva' });
    await user.type(within(form).getByLabelText(/^Actividad/), 'Seminario regional de cierre');
    await user.type(within(form).getByLabelText(/Inicio previsto \(mes\)/), '2021-09');
    await user.type(within(form).getByLabelText(/Fin previsto \(mes\)/), '2021-06');
    await user.click(within(form).getByRole('button', { name: 'Agregar la actividad' }));
    expect(within(form).getByLabelText(/Fin previsto \(mes\)/)).toHaveAccessibleDescription(/anterior/);
    await user.clear(within(form).getByLabelText(/Fin previsto \(mes\)/));
    await user.type(within(form).getByLabelText(/Fin previsto \(mes\)/), '2021-11');
    await user.click(within(form).getByRole('button', { name: 'Agregar la actividad' }));
    expect(await within(plan).findByRole('rowheader', { name: '11' })).toBeInTheDocument();
    expect(within(plan).getByText('Seminario regional de cierre')).toBeInTheDocument();

    await user.click(within(plan).getByRole('button', { name: 'Corregir el texto de la actividad 3' }));
    const correct = screen.getByRole('form', { name: 'Corregir la actividad 3' });
    const text = within(correct).getByLabelText(/^Actividad/);
    await user.clear(text);
    await user.type(text, 'Taller virtual sobre registros administrativos');
    await user.click(within(correct).getByRole('button', { name: 'Guardar la corrección' }));
    expect(
      await within(plan).findByText('Taller virtual sobre registros administrativos'),
    ).toBeInTheDocument();
  });

  it('a focal point is offered neither', async () => {
    const { client } = await makeApi();
    renderWithProviders(<App />, { client, hash: '#/group/2020-2021/VII' });
    await screen.findByRole('table', { name: /Actividades del grupo VII/ });
    expect(screen.queryByRole('button', { name: 'Agregar una actividad' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Corregir el texto/ })).not.toBeInTheDocument();
  });
});
