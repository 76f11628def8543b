import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/errors';
import { buildActivityReport } from '../../shared/report/activityReport';
import { activityReportFile } from '../../electron/print/jobs';
import { seedSource, sourceWithX, TODAY } from './fixtures';

/** The text of a .docx body: the runs of word/document.xml, one paragraph per line. */
function docxText(buffer: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml'] ?? new Uint8Array());
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

describe('activity report of a working group', () => {
  it('reports 2009–2011 MDG progress per objective and plans 2012–2013 from the next programme, like LC/L.3387', () => {
    const m = buildActivityReport(seedSource(), '2009-2011/MDG', 'es', TODAY);
    expect(m.specific).toHaveLength(7);
    expect(m.specific[0]?.text).toMatch(/^Mejorar la coordinación entre la CEPAL y el país coordinador/);
    expect(m.onObjectives.map((e) => e.number)).toEqual(expect.arrayContaining(['1']));
    expect(m.onObjectives[0]?.paragraphs.join(' ')).toMatch(/INDEC/);
    expect(m.nextProgramme).toBe('2012-2013');
    expect(m.nextObjectives).toHaveLength(5);
    expect(m.plan[0]?.heading).toBe('Actividades generales de planificación y gestión');
    expect(m.plan[0]?.activities[0]?.number).toBe('1.a');
    expect(m.plan.length).toBeGreaterThanOrEqual(6);
  });

  it('without a next programme, plans what remains of the current one and lists the work under way', () => {
    const m = buildActivityReport(sourceWithX(), '2020-2021/X', 'en', TODAY);
    expect(m.nextProgramme).toBeNull();
    expect(m.onActivities.map((e) => e.number)).toEqual(['1', '2', '3', '4', '5', '6', '9', '10']);
    expect(m.onActivities[3]).toMatchObject({
      status: 'delayed',
      percent: '70%',
      obstacles: [expect.stringMatching(/^Field consultations/)],
    });
    expect(m.current.map((c) => c.number)).toEqual(['4', '5', '6', '10']);
    const planned = m.plan.flatMap((s) => s.activities.map((a) => a.number));
    expect(planned).not.toContain('1');
    expect(planned).toContain('16');
    expect(m.counts).toEqual({ completed: 3, total: 16, overall: '32%' });
  });

  it('writes a .docx whose body holds sections A to E in order, in Spanish', async () => {
    const text = docxText(await activityReportFile(seedSource(), '2009-2011/MDG', 'es', TODAY));
    const sections = [
      'A. Objetivos generales y específicos',
      'B. Avances hasta la fecha',
      'C. Labor actual',
      'D. Objetivos para el próximo período (2012-2013)',
      'E. Planificación de actividades (2012-2013)',
    ];
    const at = sections.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(/Informe de actividades del grupo de trabajo MDG/);
    expect(text).toMatch(/Objetivo 1\. Mejorar la coordinación/);
    expect(text).toMatch(/1\.a\) /);
  });

  it('regenerates the 2011 MDG report from the data: progress without invented measures, its meetings listed, current work from the reports', async () => {
    const text = docxText(await activityReportFile(seedSource(), '2009-2011/MDG', 'es', TODAY));
    const at = (s: string) => text.indexOf(s);
    // "se da pleno cumplimiento al primer objetivo": completed, and no percentage the report never gives.
    expect(text).toContain('Estado: Finalizada. Último informe del 17 oct 2011');
    expect(text).not.toMatch(/\d+\s?%/);
    // "se ha replanteado el objetivo original"
    expect(text).toMatch(/Objetivo 3\. Analizar y proponer indicadores[^\n]*\nEstado: Reformulado\./);
    // The meetings of part B, oldest first, as the report gives them: "… en Lima del 27 al 29 de abril de 2010".
    const meetings = [
      'Primer Encuentro de países',
      'Seminario anual sobre Avances y desafíos',
      'Reunión de Directores de Estadística',
      'Sexto taller sobre la medición',
      'Undécimo Encuentro internacional',
      'Taller sobre el monitoreo de los Objetivos de Desarrollo del Milenio: San José',
      'Segundo Encuentro de países',
    ];
    const listed = meetings.map((m) => text.indexOf(m, at('Reuniones, talleres y seminarios')));
    expect(listed.every((i) => i > at('B. Avances hasta la fecha') && i < at('C. Labor actual'))).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
    expect(text).toContain('Lima, 27–29 de abril de 2010.');
    expect(text).toContain('Organización: Organización Panamericana de la Salud (OPS); CEPAL');
    expect(text).toContain('Con el apoyo de: CEPAL; Banco Interamericano de Desarrollo (BID)');
    // "Participaron representantes de siete países (Costa Rica, Ecuador, Honduras, Panamá, Paraguay, República Dominicana y Venezuela …)"
    expect(text).toContain(
      'Países participantes: Costa Rica; Ecuador; Honduras; Panamá; Paraguay; República Dominicana; Venezuela (República Bolivariana de)',
    );
    // Part C: the seminar "a realizarse en México, D.F. los días 1 y 2 de diciembre" is announced, not held.
    expect(at('Reuniones previstas')).toBeGreaterThan(at('C. Labor actual'));
    expect(text.indexOf('México, D.F., 1–2 de diciembre de 2011', at('Reuniones previstas'))).toBeGreaterThan(
      0,
    );
    expect(text).toContain(
      'Próximos pasos: Asimismo, el grupo considera relevante avanzar en la implementación de una plataforma informática',
    );
    expect(text).toContain(
      'Estado del programa: aprobado (Quinta reunión de la Conferencia Estadística de las Américas de la CEPAL).',
    );
    // Spanish is the report's own language: no note on translation.
    expect(text).not.toContain('traducción no oficial');
    const en = docxText(await activityReportFile(seedSource(), '2009-2011/MDG', 'en', TODAY));
    expect(en).toContain(
      'English texts: unofficial translation of the Spanish original of LC/L.3387(CEA.6/14).',
    );
  });

  it('lists the documents the 2011 report refers to in part B, before its meetings, as the report cites them', async () => {
    const text = docxText(await activityReportFile(seedSource(), '2009-2011/MDG', 'es', TODAY));
    const at = (s: string) => text.indexOf(s);
    const heading = at('Documentos de referencia');
    expect(heading).toBeGreaterThan(at('B. Avances hasta la fecha'));
    expect(heading).toBeLessThan(at('Reuniones, talleres y seminarios'));
    // Section B.1 i): "Azócar, Irene, Rayén Quiroga y Pauline Stockins (2010), “Vacíos y discrepancias estadísticas …” … (LC/L.3176-P)"
    expect(text).toContain(
      'Publicación: Azócar, Irene, Rayén Quiroga y Pauline Stockins (2010), “Vacíos y discrepancias estadísticas en los indicadores ODM',
    );
    expect(text).toContain('N° 70 (LC/L.3176-P), Santiago de Chile');
    const papers = [
      'Documento: Stockins, P. y D. Taccari (2009)',
      'Documento: Bay, Guiomar (2009)',
      'Documento: Taccari, Daniel (2009)',
    ].map((p) => text.indexOf(p, heading));
    expect(papers.every((i) => i > heading && i < at('Reuniones, talleres y seminarios'))).toBe(true);
    expect([...papers].sort((a, b) => a - b)).toEqual(papers);
    expect(
      text
        .slice(heading, at('Reuniones, talleres y seminarios'))
        .match(/Presentado en: Seminario anual sobre Avances y desafíos/g),
    ).toHaveLength(3);
    // "apuntando hacia el cumplimiento de los objetivos 2 y 4"
    expect(text.indexOf('Contribuye a los objetivos o actividades: 2, 4', heading)).toBeGreaterThan(heading);
    // In English the citation stays as printed; the title follows in the reader's language.
    const en = docxText(await activityReportFile(seedSource(), '2009-2011/MDG', 'en', TODAY));
    expect(en).toContain('Documents referred to');
    expect(en).toContain(
      'S.10.II.G.150. [Gaps and statistical discrepancies in the MDG indicators: towards a regional strategy for statistical reconciliation for Latin America and the Caribbean]',
    );
    expect(en).toContain('Presented at: ');
  });

  it('lists no documents referred to for a group whose data holds none', () => {
    expect(buildActivityReport(sourceWithX(), '2020-2021/X', 'en', TODAY).references).toEqual([]);
  });

  it('keeps group VII\'s "These objectives are aligned…" in its objectives section', async () => {
    const text = docxText(await activityReportFile(seedSource(), '2020-2021/VII', 'en', TODAY));
    const at = text.indexOf(
      'These objectives are aligned with the project to assess national migration data infrastructure',
    );
    expect(at).toBeGreaterThan(text.indexOf('Specific objectives'));
    expect(at).toBeLessThan(text.indexOf('B. Progress to date'));
  });

  it('is written in Spanish or English only', async () => {
    await expect(activityReportFile(seedSource(), '2009-2011/MDG', 'pt', TODAY)).rejects.toSatisfy(
      (e) => e instanceof AppFailure && e.error.code === 'REPORT_LANG',
    );
  });
});
