import type { MenuEvent } from '../shared/api/bridge';
import { LANGS } from '../shared/model/text';
import type { Lang } from '../shared/model/text';
import en from '../shared/i18n/locales/en/menu.json';
import es from '../shared/i18n/locales/es/menu.json';
import fr from '../shared/i18n/locales/fr/menu.json';
import pt from '../shared/i18n/locales/pt/menu.json';

const LABELS: Record<Lang, typeof es> = { es, en, pt, fr };
/** Each language is offered in its own name, so a user lost in the wrong language can find theirs. */
const NATIVE_NAMES: Record<Lang, string> = { es: 'Español', en: 'English', pt: 'Português', fr: 'Français' };

/** The subset of Electron's MenuItemConstructorOptions we use, so this module runs (and is tested) without Electron. */
export interface MenuItem {
  label?: string;
  role?: 'quit';
  type?: 'separator' | 'radio';
  checked?: boolean;
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

/** The native menu (File, View, Help). Every action is a MenuEvent the renderer acts on. */
export function menuTemplate(
  lang: Lang,
  emit: (event: MenuEvent) => void,
  about: { version: string; dataFolder: string },
): MenuItem[] {
  const t = LABELS[lang];
  return [
    {
      label: t.file,
      submenu: [
        { label: t.importBundle, accelerator: 'CmdOrCtrl+O', click: () => emit({ type: 'import-bundle' }) },
        { label: t.exportBundle, accelerator: 'CmdOrCtrl+E', click: () => emit({ type: 'export-bundle' }) },
        {
          label: t.printStatusSheet,
          accelerator: 'CmdOrCtrl+P',
          click: () => emit({ type: 'print-status-sheet' }),
        },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.view,
      submenu: [
        {
          label: t.language,
          submenu: LANGS.map((l) => ({
            label: NATIVE_NAMES[l],
            type: 'radio' as const,
            checked: l === lang,
            click: () => emit({ type: 'set-language', lang: l }),
          })),
        },
      ],
    },
    {
      label: t.help,
      submenu: [
        {
          label: t.about,
          click: () => emit({ type: 'about', version: about.version, dataFolder: about.dataFolder }),
        },
      ],
    },
  ];
}
