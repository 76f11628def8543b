import { useEffect } from 'react';
import { useT } from './i18n';
import { useNavigation } from './Navigation';
import { useSwitchLanguage } from './useSwitchLanguage';

/**
 * Native menu actions the Electron main process forwards to the window. In browser mode there is no
 * bridge and no native menu. Importing and exporting bundles both open the bundles screen.
 */
export function useMenu(): void {
  const { t } = useT();
  const switchTo = useSwitchLanguage();
  const { navigate } = useNavigation();
  useEffect(() => {
    const bridge = window.cea;
    if (!bridge) return;
    return bridge.onMenu((event) => {
      if (event.type === 'set-language') switchTo(event.lang);
      else if (event.type === 'print-status-sheet') window.print();
      else if (event.type === 'import-bundle' || event.type === 'export-bundle') navigate({ screen: 'sync' });
      else if (event.type === 'about')
        window.alert(
          t('common:about', { app: t('common:appName'), version: event.version, folder: event.dataFolder }),
        );
    });
  }, [switchTo, navigate, t]);
}
