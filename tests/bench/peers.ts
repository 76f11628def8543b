import { figure, type Figure, type Figures, type Target } from './figures';

/**
 * The targets of issue 12 that compare the app with a peer a user would pick instead: each one the
 * app's figure over the peer's, taken from the same run. A pair with either side missing is left out
 * (its rows already say why).
 */
interface Pair {
  key: string;
  label: string;
  app: string;
  peer: string;
  target: Target;
}

function pairs(scales: readonly number[]): Pair[] {
  return [
    ...scales.flatMap((scale): Pair[] => {
      const s = `${scale}x`;
      return [
        {
          key: `vs_sqlite_save_p50_${s}`,
          label: `save ${s} p50, app / SQLite`,
          app: `save_p50_${s}`,
          peer: `sqlite_save_p50_${s}`,
          target: scale <= 10 ? { maxRatio: 1 } : {},
        },
        {
          key: `vs_sqlite_save_p95_${s}`,
          label: `save ${s} p95, app / SQLite`,
          app: `save_p95_${s}`,
          peer: `sqlite_save_p95_${s}`,
          target: { maxRatio: 2 },
        },
        {
          key: `vs_sqlite_load_${s}`,
          label: `database load ${s}, app / SQLite`,
          app: `load_${s}`,
          peer: `sqlite_load_${s}`,
          target: {},
        },
      ];
    }),
    {
      key: 'vs_yjs_merge',
      label: 'merge of 100000 edits, app / Yjs',
      app: 'merge_time',
      peer: 'merge_yjs',
      target: { maxRatio: 0.2 },
    },
  ];
}

const valueOf = (f: Figure | undefined): number | null => f?.value ?? null;

export function peerComparisons(figures: Figures, scales: readonly number[]): Figures {
  const out: Figures = {};
  for (const p of pairs(scales)) {
    const app = figures[p.app];
    const peer = valueOf(figures[p.peer]);
    if (app?.value === null || app === undefined || peer === null) continue;
    out[p.key] = figure(p.label, app.value, app.unit, peer, { ...p.target, of: 'peer' });
  }
  return out;
}
