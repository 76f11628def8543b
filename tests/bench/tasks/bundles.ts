import { createHash, createPublicKey, verify } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { exportBundle } from '../../../electron/bundle/export';
import { importBundles, type BundleFile } from '../../../electron/bundle/import';
import { openMemoryStore, openStore } from '../../../electron/store';
import { newGeneration } from '../../../electron/store/journal';
import { snapshotText } from '../../../electron/store/serialize';
import { AppFailure } from '../../../shared/errors';
import type { Database, Identity } from '../../../shared/model';
import { figure, median, type Figures } from '../figures';
import { generate, PROGRAMME, type Installation } from '../generate';

/** The country's own installation: the shared seed and plan, its identity, and what it authored. */
function countryDatabase(base: Database, inst: Installation): Database {
  const identity: Identity = { ...inst.author, groups: inst.groups, lang: 'es', installation: inst.site };
  return { ...structuredClone(base), identity, clock: inst.clock, ops: [...base.ops, ...inst.ops] };
}

/** Writes one `.ceabundle` per country, each exported by the bundle module from that country's database. */
async function writeCountryBundles(
  dir: string,
  base: Database,
  installations: readonly Installation[],
  now: number,
): Promise<string[]> {
  const files: string[] = [];
  for (const inst of installations) {
    const store = openMemoryStore(countryDatabase(base, inst), () => now);
    const out = await exportBundle(store, { all: true, programme: PROGRAMME, now: () => now });
    const file = join(dir, out.fileName);
    writeFileSync(file, out.bytes);
    files.push(file);
    await store.close();
  }
  return files;
}

function readAll(files: readonly string[]): BundleFile[] {
  return files.map((f) => ({ name: f, bytes: readFileSync(f) }));
}

/**
 * The floor of an import: what any reader of these files must do at least, with the libraries
 * directly: read each file, inflate its entries, hash it, verify the Ed25519 signature of its manifest.
 */
function floorOnce(files: readonly string[]): number {
  let valid = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    const entries = unzipSync(bytes);
    createHash('sha256').update(bytes).digest();
    const manifest = entries['manifest.json'];
    const signature = entries['signature'];
    if (!manifest || !signature) throw new Error(`${file} is not a bundle`);
    const { publicKey } = JSON.parse(new TextDecoder().decode(manifest)) as { publicKey: string };
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (verify(null, manifest, key, signature)) valid++;
  }
  return valid;
}

/**
 * Import of the 33 country bundles (1x) into a fresh secretariat database, several times, each on a
 * copy of the same file; then the same files again into the imported database, which must bring
 * nothing new.
 */
export async function bundlesTask(args: { dir: string; dataDir: string; runs: number }): Promise<Figures> {
  const { db, installations } = generate({ scale: 1, dataDir: args.dataDir });
  const now = Date.UTC(2022, 0, 15);
  const base: Database = {
    ...db,
    identity: null,
    ops: db.ops.filter((op) => !installations.some((i) => i.site === op.site)),
    clock: { wall: 0, counter: 0 },
  };
  const files = await writeCountryBundles(args.dir, base, installations, now);
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);

  const secretariat: Database = { ...base, identity: db.identity };
  const pristine = join(args.dir, 'secretariat.json');
  // As the store writes it: the database with its journal generation.
  writeFileSync(pristine, snapshotText(secretariat, newGeneration()));

  const floors: number[] = [];
  const imports: number[] = [];
  let valid = 0;
  let reimport = 0;
  for (let run = 0; run < args.runs; run++) {
    let t0 = performance.now();
    valid = floorOnce(files);
    floors.push(performance.now() - t0);

    const file = join(args.dir, `secretariat-${run}.json`);
    copyFileSync(pristine, file);
    const store = await openStore({ file, dataDir: args.dataDir });
    t0 = performance.now();
    const summary = await importBundles(store, readAll(files), { trustNew: true, now: () => now });
    imports.push(performance.now() - t0);
    const added = summary.files.reduce((n, f) => n + f.new, 0);
    if (added !== installations.reduce((n, i) => n + i.ops.length, 0))
      throw new Error(`import added ${added} operations`);

    if (run === args.runs - 1) {
      t0 = performance.now();
      try {
        await importBundles(store, readAll(files), { trustNew: true, now: () => now });
        throw new Error('importing the same bundles again was accepted');
      } catch (e) {
        if (!(e instanceof AppFailure)) throw e;
      }
      reimport = performance.now() - t0;
    }
    await store.close();
    rmSync(file, { force: true });
  }
  if (valid !== files.length)
    throw new Error(`only ${valid} of ${files.length} signatures verified in the floor`);
  const note = `${files.length} bundles, ${(bytes / 1024).toFixed(0)} KB, ${args.runs} runs`;
  return {
    import_33_bundles: figure(
      `import of ${files.length} country bundles into the secretariat (1x)`,
      median(imports),
      'ms',
      median(floors),
      { maxRatio: 3, max: 1000 },
      note,
    ),
    reimport_33_bundles: figure(
      'the same import again (nothing new)',
      reimport,
      'ms',
      null,
      { max: 300 },
      'one run: refused as a replay, database unchanged',
    ),
  };
}
