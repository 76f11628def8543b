import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import type { Lang } from '../../../shared/model/text';
import { openStore } from '../../../electron/store';
import { RecoveryGate } from '../../../renderer/recovery/RecoveryGate';
import { GARBAGE, makeDatabase, newerVersionText, useRecoveryFolder } from '../../recovery/fixtures';
import { renderWithProviders } from '../renderWithProviders';

const f = useRecoveryFolder();

/** The gate in front of a stand-in app, talking to the real startup session over the files. */
async function renderGate(lang: Lang = 'es') {
  const client = await f.start();
  return renderWithProviders(
    <RecoveryGate>
      <p>La aplicación</p>
    </RecoveryGate>,
    { client, lang },
  );
}

describe('the recovery screen', () => {
  it('names a corrupt file, lists its backups and restores the chosen one, then shows the app', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    writeFileSync(f.file, GARBAGE);
    const { user } = await renderGate();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'No se pudo abrir la base de datos' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(`La base de datos ${f.file} está dañada`);
    expect(screen.getByText(f.file, { selector: 'code' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Restaurar una copia de seguridad' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(readdirSync(join(f.env.dir, 'backups')).length);
    const newest = rows[0]!;
    expect(
      within(newest)
        .getAllByRole('cell')
        .slice(1, 3)
        .map((c) => c.textContent),
    ).toEqual(['Manual', '1']);
    expect(screen.queryByText('La aplicación')).not.toBeInTheDocument();

    await user.click(within(newest).getByRole('button', { name: /^Restaurar la copia del / }));

    expect(await screen.findByText('La aplicación')).toBeInTheDocument();
    const keptAside = readdirSync(f.env.dir).filter((n) => n.startsWith('db.json.corrupt-'));
    expect(keptAside).toHaveLength(1);
    expect(readFileSync(join(f.env.dir, keptAside[0]!), 'utf8')).toBe(GARBAGE);
    expect((JSON.parse(readFileSync(f.file, 'utf8')) as { ops: unknown[] }).ops).toHaveLength(1);
  });

  it('offers only another file for a newer version, refuses a relative path, and creates a new database', async () => {
    const newer = newerVersionText();
    writeFileSync(f.file, newer);
    const { user } = await renderGate();

    expect(await screen.findByText(/solo la versión que lo creó puede abrirlo/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Restaurar/ })).not.toBeInTheDocument();

    const path = screen.getByLabelText(/Ruta completa del archivo/);
    await user.type(path, 'nuevo.json');
    await user.click(screen.getByRole('button', { name: 'Abrir' }));
    expect(
      await screen.findByText(
        '«nuevo.json» no es una ruta completa. Indique la ruta desde la raíz del disco.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('La aplicación')).not.toBeInTheDocument();

    const other = join(f.env.dir, 'nuevo.json');
    await user.clear(path);
    await user.type(path, other);
    await user.click(screen.getByRole('checkbox', { name: 'Crear una base de datos nueva en esa ruta' }));
    await user.click(screen.getByRole('button', { name: 'Abrir' }));

    expect(await screen.findByText('La aplicación')).toBeInTheDocument();
    expect(existsSync(other)).toBe(true);
    expect(readFileSync(f.file, 'utf8')).toBe(newer);
  });

  it('explains a database open in another window, in English, and tries again once it is closed', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    f.holder = await openStore({ file: f.file });
    const { user } = await renderGate('en');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'The database could not be opened' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Another window of the program/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await f.holder.close();
    f.holder = null;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('La aplicación')).toBeInTheDocument();
  });
});
