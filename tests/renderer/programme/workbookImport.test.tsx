import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { SECRETARIAT } from '../../focalPoint';
import { filled, PROGRAMME_2026 } from '../../workbook/fill';
import { makeApi, renderWithProviders } from '../renderWithProviders';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook as the file the secretariat picks. */
const xlsxFile = (bytes: Buffer) => new File([new Uint8Array(bytes)], 'programa.xlsx', { type: XLSX });

describe('entering a programme from a workbook', () => {
  it('previews a filled workbook, creates the programme only when asked, and names each wrong cell of another', async () => {
    const { client } = await makeApi(SECRETARIAT);
    const { user } = renderWithProviders(<App />, { client, hash: '#/enter' });
    const chooser = await screen.findByLabelText('Elegir un libro completado');

    const wrong = await filled(PROGRAMME_2026, (wb) => {
      wb.getWorksheet('activities')!.getRow(2).getCell(5).value = '2027-13';
    });
    await user.upload(chooser, xlsxFile(wrong));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('programa.xlsx no se puede importar: 1 celda(s) por corregir.');
    expect(alert).toHaveTextContent(
      /Hoja «activities», fila 2, columna «planned_start»: «2027-13» no es un mes/,
    );
    expect(await client.send('programmes.list', {})).toHaveLength(3);

    await user.upload(chooser, xlsxFile(await filled(PROGRAMME_2026)));
    const preview = await screen.findByRole('region', { name: /Programa 2026–2027: se crearán 2 grupo/ });
    expect(
      within(preview).getByText(/Grupo I: 2 actividades; coordinadores México; miembros Colombia, Chile/),
    ).toBeInTheDocument();
    expect(await client.send('programmes.list', {})).toHaveLength(3);
    await user.click(within(preview).getByRole('button', { name: 'Crear el programa desde el libro' }));
    await screen.findByRole('heading', { level: 1, name: /Programa 2026–2027: grupos de trabajo/ });
    expect(screen.getByText(/2 grupos de trabajo registrados/)).toBeInTheDocument();
  });
});
