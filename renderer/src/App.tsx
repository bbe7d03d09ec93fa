import { lazy, Suspense, useEffect } from 'react';
import { useLanguage, useT } from './i18n/useT';
import { MainMenu } from './screens/MainMenu';
import { SessionListScreen } from './screens/SessionListScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { useUiStore } from './state/uiStore';
import { ErrorBanner } from './ui/ErrorBanner';

// The 3D flow pulls in three.js; loading it lazily keeps the menu's first paint fast.
const NewSessionScreen = lazy(() => import('./screens/NewSessionScreen'));
const GameScreen = lazy(() => import('./screens/GameScreen'));
const DebriefScreen = lazy(() => import('./debrief/DebriefScreen'));
const EditorScreen = lazy(() => import('./editor/EditorScreen'));

/** The app shell: the error banner above whichever screen the store says is current. */
export function App() {
  const screen = useUiStore((state) => state.screen);
  const ready = useUiStore((state) => state.settingsReady);
  const language = useLanguage();
  const t = useT();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  return (
    <div className="app-shell">
      <ErrorBanner />
      {!ready ? (
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      ) : (
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('app.loading')}
            </p>
          }
        >
          {screen === 'menu' && <MainMenu />}
          {screen === 'newSession' && <NewSessionScreen />}
          {screen === 'resume' && <SessionListScreen kind="resume" />}
          {screen === 'archive' && <SessionListScreen kind="archive" />}
          {screen === 'editor' && <EditorScreen />}
          {screen === 'settings' && <SettingsScreen />}
          {screen === 'game' && <GameScreen />}
          {screen === 'debrief' && <DebriefScreen />}
        </Suspense>
      )}
    </div>
  );
}
