import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useT } from '../i18n/useT';
import { navigateTo } from '../state/actions';
import type { Screen } from '../state/uiStore';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { StorageNotice } from '../ui/StorageNotice';

interface MenuEntry {
  screen: Exclude<Screen, 'menu'>;
  label: MessageKey;
  testId: string;
}

/** The entries, in the order the training staff expect them. */
const MENU_ENTRIES: readonly MenuEntry[] = [
  { screen: 'newSession', label: 'menu.newSession', testId: 'menu-new-session' },
  { screen: 'resume', label: 'menu.resume', testId: 'menu-resume' },
  { screen: 'archive', label: 'menu.archive', testId: 'menu-archive' },
  { screen: 'editor', label: 'menu.editor', testId: 'menu-editor' },
  { screen: 'settings', label: 'menu.settings', testId: 'menu-settings' },
];

// Remembered across visits so returning to the menu puts focus back on the entry the user came from.
let lastChosenIndex = 0;

/** The main menu: title, the big buttons (Tab/Enter and arrow keys), and the ID | EN switch. */
export function MainMenu() {
  const t = useT();
  const buttonRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    buttonRefs.current[lastChosenIndex]?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    const current = buttonRefs.current.findIndex((button) => button === document.activeElement);
    const next = (Math.max(current, 0) + step + MENU_ENTRIES.length) % MENU_ENTRIES.length;
    buttonRefs.current[next]?.focus();
    event.preventDefault();
  };

  return (
    <main className="main-menu" data-testid="screen-menu">
      <header className="main-menu-header">
        <div className="insignia" aria-hidden="true" />
        <div>
          <h1 className="app-title">{t('app.title')}</h1>
          <p className="app-subtitle">{t('app.subtitle')}</p>
        </div>
      </header>
      <StorageNotice />
      <nav className="main-menu-nav" aria-label={t('app.title')} onKeyDown={onKeyDown}>
        {MENU_ENTRIES.map((entry, index) => (
          <button
            key={entry.screen}
            ref={(element) => {
              buttonRefs.current[index] = element;
            }}
            type="button"
            className="button menu-button"
            data-testid={entry.testId}
            onClick={() => {
              lastChosenIndex = index;
              navigateTo(entry.screen);
            }}
          >
            {t(entry.label)}
          </button>
        ))}
      </nav>
      <footer className="main-menu-footer">
        <LanguageSwitch />
        <p className="keyboard-hint">{t('menu.keyboardHint')}</p>
      </footer>
    </main>
  );
}
