export { loadSeed, SEED_SITE } from './loadSeed';
export { emptyDatabase, emptySyncState } from './emptyDatabase';
export { compareNumerals, romanValue } from './romanOrder';
