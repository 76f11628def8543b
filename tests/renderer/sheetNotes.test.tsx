import { describe, expect, it } from 'vitest';
import ssr from '../../renderer/sheet/ssr';
import { buildCountrySheet } from '../../shared/report/countrySheet';
import { buildGroupSheet } from '../../shared/report/groupSheet';
import { seedSource, sourceWithX, TODAY } from '../report/fixtures';

const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('what a printed sheet says about its languages and its programme', () => {
  it('tells Spanish readers once that the texts translate the English version of LC/CEA.10/5, with no mark on every line', () => {
    const html = text(
      ssr.renderSheetHtml(buildGroupSheet(sourceWithX(), '2020-2021/X', 'es', TODAY), 'a4', ''),
    );
    expect(html).not.toContain('†');
    const note =
      'Textos en español: traducción no oficial de la versión en inglés del documento LC/CEA.10/5; la versión oficial en español puede diferir.';
    expect(html.split(note)).toHaveLength(2);
    // "DRAFT BIENNIAL PROGRAMME …", "Tenth meeting of the Statistical Conference of the Americas …, Santiago, 19–21 November 2019"
    expect(html).toContain(
      'Proyecto de programa bienal de actividades de cooperación regional e internacional, 2020-2021',
    );
    expect(html).toContain(
      '2020-2021, de la Conferencia Estadística de las Américas de la Comisión Económica para América Latina y el Caribe (proyecto)',
    );
    // "will provide and administer US$ 140,000": the form of the contribution is not stated.
    expect(html).toMatch(/Centro de Excelencia UNODC-INEGI\)\s?no indicado/);
  });

  it('tells English readers that they read the English version, whose original is Spanish', () => {
    const html = text(
      ssr.renderSheetHtml(buildGroupSheet(sourceWithX(), '2020-2021/X', 'en', TODAY), 'a4', ''),
    );
    expect(html).toContain('Texts of the English version of LC/CEA.10/5; its original is in Spanish.');
    expect(html).toContain('of the Economic Commission for Latin America and the Caribbean (draft)');
  });

  it('marks the 2012-2013 MDG plan as a proposal to the sixth meeting, and its English as our translation of the Spanish original', () => {
    const html = text(
      ssr.renderSheetHtml(buildGroupSheet(seedSource(), '2012-2013/MDG', 'en', TODAY), 'a4', ''),
    );
    expect(html).toContain(': objectives and activities proposed for the period 2012–2013 (proposal)');
    expect(html).toContain(
      'English texts: unofficial translation of the Spanish original of LC/L.3387(CEA.6/14).',
    );
    // "4. Actividades relacionadas con el objetivo 3 (formación y capacitación)": kept, with our note on its numbering.
    expect(html).toContain('Its numbers do not match section D');
  });

  it('prints the same note once on a country sheet', () => {
    const html = text(
      ssr.renderSheetHtml(buildCountrySheet(sourceWithX(), 'MEX', '2020-2021', 'es', TODAY), 'a4', ''),
    );
    expect(html).not.toContain('†');
    expect(
      html.split('Textos en español: traducción no oficial de la versión en inglés del documento LC/CEA.10/5')
        .length,
    ).toBe(2);
  });
});
