import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/contract/host';
import { translate } from '../../shared/i18n/messages';

/** What the application menu can ask the main process to do. */
export interface AppMenuActions {
  setLanguage(language: Language): void;
  openDataFolder(): void;
  showAbout(): void;
}

/**
 * The native application menu as a plain template, in the current UI language. Pure (no Electron
 * runtime needed), so it is unit-tested; main.ts turns it into a Menu and rebuilds it when the
 * language changes.
 */
export function buildAppMenuTemplate(language: Language, actions: AppMenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('appMenu.file'),
      submenu: [
        { label: t('appMenu.openDataFolder'), click: () => actions.openDataFolder() },
        { type: 'separator' },
        { label: t('appMenu.quit'), role: 'quit', accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Ctrl+Q' },
      ],
    },
    {
      label: t('appMenu.view'),
      submenu: [
        { label: t('appMenu.reload'), role: 'reload' },
        { label: t('appMenu.fullscreen'), role: 'togglefullscreen' },
        { type: 'separator' },
        { label: t('appMenu.zoomIn'), role: 'zoomIn' },
        { label: t('appMenu.zoomOut'), role: 'zoomOut' },
        { label: t('appMenu.resetZoom'), role: 'resetZoom' },
      ],
    },
    {
      label: t('appMenu.language'),
      submenu: (['id', 'en'] as const).map((code) => ({
        label: translate(code, `settings.language.${code}`),
        type: 'radio' as const,
        checked: code === language,
        click: () => actions.setLanguage(code),
      })),
    },
    {
      label: t('appMenu.help'),
      submenu: [{ label: t('appMenu.about'), click: () => actions.showAbout() }],
    },
  ];
  return template;
}
