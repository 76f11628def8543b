import { DB_FORMAT, SCHEMA_VERSION, type Database, type SyncState } from '../../shared/model';

export function emptySyncState(): SyncState {
  return {
    publicKey: null,
    privateKey: null,
    exportSeq: 0,
    lastExportHlc: null,
    trusted: [],
    lastSeq: {},
    history: [],
  };
}

/** A database with nothing in it yet: no programmes, no identity, no operations. */
export function emptyDatabase(createdAt: string): Database {
  return {
    format: DB_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    createdAt,
    seedEdition: 0,
    programmes: [],
    countries: [],
    institutions: [],
    identity: null,
    clock: { wall: 0, counter: 0 },
    ops: [],
    sync: emptySyncState(),
  };
}
