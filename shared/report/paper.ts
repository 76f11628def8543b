/** Paper sizes a sheet is laid out for: the region prints on A4, except where Letter is the norm. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];
