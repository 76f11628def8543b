import { RESULT_MARK, type Figures } from './figures';

/**
 * Entry of one measuring process: `node --import tsx tests/bench/task.ts <task> <json args>`. Each
 * task runs alone so that one module missing, a crash or a 100x heap cannot spoil the other figures,
 * and so that peak memory belongs to the task. Modules are imported only when their task runs.
 */
const TASKS: Record<string, () => Promise<(args: never) => Figures | Promise<Figures>>> = {
  store: async () => (await import('./tasks/store')).storeTask,
  merge: async () => (await import('./tasks/merge')).mergeTask,
  sqlite: async () => (await import('./tasks/sqlite')).sqliteTask,
  yjsMerge: async () => (await import('./tasks/yjsMerge')).yjsMergeTask,
  rendererSize: async () => (await import('./tasks/rendererSize')).rendererSizeTask,
  bundles: async () => (await import('./tasks/bundles')).bundlesTask,
  sheets: async () => (await import('./tasks/sheets')).sheetsTask,
  firstRender: async () => (await import('./tasks/firstRender')).firstRenderTask,
};

async function main(): Promise<void> {
  const [name, json] = process.argv.slice(2);
  const load = name ? TASKS[name] : undefined;
  if (!load || json === undefined)
    throw new Error(`usage: task.ts <${Object.keys(TASKS).join('|')}> <json args>`);
  const run = await load();
  const figures = await run(JSON.parse(json) as never);
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(figures)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
