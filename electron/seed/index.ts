export { loadSeed, SEED_EDITION, SEED_SITE } from './loadSeed';
export { emptyDatabase, emptySyncState } from './emptyDatabase';
export { refreshSeed } from './refresh';
export { compareNumerals, romanValue } from '../../shared/model/numerals';
