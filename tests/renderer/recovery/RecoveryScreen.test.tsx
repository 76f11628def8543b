import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { createClient, type ApiClient } from '../../../shared/api/client';
import { SCHEMA_VERSION } from '../../../shared/model';
import { startSession, type Session } from '../../../electron/host/session';
import { openStore, type Store } from '../../../electron/store';
import { RecoveryGate } from '../../../renderer/recovery/RecoveryGate';
import { tempDir } from '../../store/helpers';
import { RECOVERY_CTX as ctx, makeDatabase } from '../../recovery/fixtures';
import { renderWithProviders } from '../renderWithProviders';
import type { Lang } from '../../../shared/model/text';

const GARBAGE = '{"format": "cea-programme-tracker", "ops": [tru';

let env: ReturnType<typeof tempDir>;
let file: string;
let session: Session | null;
let holder: Store | null;
beforeEach(() => {
  env = tempDir();
  file = join(env.dir, 'db.json');
  session = null;
  holder = null;
});
afterEach(async () => {
  await session?.close();
  await holder?.close();
  env.cleanup();
});


/** The gate in front of a stand-in app, talking to the real startup session over the files. */
async function renderGate(lang: Lang = 'es') {
  session = await startSession({ file, dataDir: env.emptyData, ctx });
  const s = session;
  const client: ApiClient = createClient((method, input) => s.dispatch(method, input));
  return renderWithProviders(
    <RecoveryGate>
      <p>La aplicación</p>
    </RecoveryGate>,
    { client, lang },
  );
}

describe('the recovery screen', () => {
  it('names a corrupt file, lists its backups and restores the chosen one, then shows the app', async () => {
    await makeDatabase(file, env.emptyData);
    writeFileSync(file, GARBAGE);
    const { user } = await renderGate();

    expect(await screen.findByRole('heading', { level: 1, name: 'No se pudo abrir la base de datos' })).toBeInTheDocument();
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(`La base de datos ${file} está dañada`);
    expect(screen.getByText(file, { selector: 'code' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Restaurar una copia de seguridad' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(readdirSync(join(env.dir, 'backups')).length);
    const newest = rows[0]!;
    expect(within(newest).getAllByRole('cell').slice(1, 3).map((c) => c.textContent)).toEqual(['Manual', '1']);
    expect(screen.queryByText('La aplicación')).not.toBeInTheDocument();

    await user.click(within(newest).getByRole('button', { name: /^Restaurar la copia del / }));

    expect(await screen.findByText('La aplicación')).toBeInTheDocument();
    const keptAside = readdirSync(env.dir).filter((n) => n.startsWith('db.json.corrupt-'));
    expect(keptAside).toHaveLength(1);
    expect(readFileSync(join(env.dir, keptAside[0]!), 'utf8')).toBe(GARBAGE);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { ops: unknown[] }).ops).toHaveLength(1);
  });

  it('offers only another file for a newer version, refuses a relative path, and creates a new database', async () => {
    const newer = JSON.stringify({ format: 'cea-programme-tracker', schemaVersion: SCHEMA_VERSION + 1 });
    writeFileSync(file, newer);
    const { user } = await renderGate();

    expect(await screen.findByText(/solo la versión que lo creó puede abrirlo/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Restaurar/ })).not.toBeInTheDocument();

    const path = screen.getByLabelText(/Ruta completa del archivo/);
    await user.type(path, 'nuevo.json');
    await user.click(screen.getByRole('button', { name: 'Abrir' }));
    expect(await screen.findByText('«nuevo.json» no es una ruta completa. Indique la ruta desde la raíz del disco.')).toBeInTheDocument();
    expect(screen.queryByText('La aplicación')).not.toBeInTheDocument();

    const other = join(env.dir, 'nuevo.json');
    await user.clear(path);
    await user.type(path, other);
    await user.click(screen.getByRole('checkbox', { name: 'Crear una base de datos nueva en esa ruta' }));
    await user.click(screen.getByRole('button', { name: 'Abrir' }));

    expect(await screen.findByText('La aplicación')).toBeInTheDocument();
    expect(existsSync(other)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });

  it('explains a database open in another window, in English, and tries again once it is closed', async () => {
    await makeDatabase(file, env.emptyData);
    holder = await openStore({ file });
    const { user } = await renderGate('en');

    expect(await screen.findByRole('heading', { level: 1, name: 'The database could not be opened' })).toBeInTheDocument();
    expect(screen.getByText(/Another window of the program/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await holder.close();
    holder = null;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('La aplicación')).toBeInTheDocument();
  });
});
