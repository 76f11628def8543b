/**
 * Bounds on what a bundle may make us read. A country's biennium is a few thousand operations, well
 * under a megabyte of JSON; these leave a wide margin for a secretariat's consolidated bundle while
 * keeping a hostile file from exhausting memory.
 */
export interface BundleLimits {
  /** The file as received. */
  maxFileBytes: number;
  /** Real bytes inflated from all entries together, counted as they come out. */
  maxUnpackedBytes: number;
  /** Real output per byte of file, enforced once the output passes `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
  maxDepth: number;
  maxStringLength: number;
  maxOps: number;
}

export const DEFAULT_LIMITS: BundleLimits = {
  maxFileBytes: 32 * 1024 * 1024,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 3,
  maxDepth: 64,
  maxStringLength: 100_000,
  maxOps: 500_000,
};
