import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { isMethod } from '../shared/api';
import { IPC_INVOKE, IPC_MENU } from '../shared/api/bridge';
import type { CeaBridge, MenuEvent } from '../shared/api/bridge';

/**
 * The whole surface the page gets: `window.cea.invoke` for contract methods (anything else is refused
 * here, before IPC) and `window.cea.onMenu` for native menu actions. No ipcRenderer, no Node.
 */
const bridge = {
  invoke(method, input) {
    if (!isMethod(method)) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'unknown-method',
          i18nKey: 'errors:unknown-method',
          details: { method: String(method).slice(0, 100) },
        },
      });
    }
    return ipcRenderer.invoke(IPC_INVOKE, method, input);
  },
  onMenu(listener) {
    const forward = (_event: IpcRendererEvent, payload: MenuEvent) => listener(payload);
    ipcRenderer.on(IPC_MENU, forward);
    return () => {
      ipcRenderer.removeListener(IPC_MENU, forward);
    };
  },
} satisfies CeaBridge;

contextBridge.exposeInMainWorld('cea', bridge);
