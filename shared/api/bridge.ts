import type { Result } from '../errors';
import type { Lang } from '../model/text';
import type { Input, Method, Output } from './index';

/** Native menu actions, sent from the main process to the renderer on one channel. */
export type MenuEvent =
  | { type: 'import-bundle' }
  | { type: 'export-bundle' }
  | { type: 'print-status-sheet' }
  | { type: 'set-language'; lang: Lang }
  | { type: 'about'; version: string; dataFolder: string };

export const IPC_INVOKE = 'cea:invoke';
export const IPC_MENU = 'cea:menu';

/** What the preload exposes as `window.cea`: nothing else crosses from the renderer to the main process. */
export interface CeaBridge {
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Returns a function that stops listening. */
  onMenu(listener: (event: MenuEvent) => void): () => void;
}
