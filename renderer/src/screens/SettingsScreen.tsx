import { useId, useState } from 'react';
import { languageSchema, type Settings } from '../../../shared/contract/host';
import { useT } from '../i18n/useT';
import { updateSettings } from '../state/actions';
import { useUiStore } from '../state/uiStore';
import { ScreenFrame } from '../ui/ScreenFrame';
import { StorageNotice } from '../ui/StorageNotice';
import { AboutBlock } from './AboutBlock';
import { BackupsBlock } from '../library/BackupsBlock';

/** Playback speeds offered in the select; a stored value outside the list is shown as well. */
const PLAYBACK_SPEEDS = [0.25, 0.5, 1, 1.5, 2, 4, 8] as const;

type SaveState = 'idle' | 'saving' | 'saved';

/**
 * Settings: each change goes to the host at once. A control shows the new value while it is saving,
 * then what the host stored (the old value again if the host refused), and "Settings saved" on success.
 */
export function SettingsScreen() {
  const t = useT();
  const storedSettings = useUiStore((state) => state.settings);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  // While a change is on its way the control shows it (so it reacts at once); when the host answers,
  // the pending value is dropped and the control shows what the host stored, or the old value on failure.
  const [pending, setPending] = useState<Partial<Settings>>({});
  const settings: Settings = { ...storedSettings, ...pending };
  const ids = { language: useId(), shadows: useId(), speed: useId() };

  const save = async (patch: Partial<Settings>) => {
    setSaveState('saving');
    setPending((previous) => ({ ...previous, ...patch }));
    const stored = await updateSettings(patch);
    setPending((previous) => withoutKeys(previous, Object.keys(patch)));
    setSaveState(stored ? 'saved' : 'idle');
  };

  const speeds = PLAYBACK_SPEEDS.includes(settings.playbackSpeed as (typeof PLAYBACK_SPEEDS)[number])
    ? PLAYBACK_SPEEDS
    : [...PLAYBACK_SPEEDS, settings.playbackSpeed].sort((a, b) => a - b);

  return (
    <ScreenFrame title={t('settings.title')} testId="screen-settings">
      <StorageNotice />
      <form className="settings-form panel" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={ids.language}>{t('settings.language')}</label>
        <select
          id={ids.language}
          value={settings.language}
          data-testid="settings-language"
          onChange={(event) => void save({ language: languageSchema.parse(event.target.value) })}
        >
          {languageSchema.options.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`settings.language.${language}`)}
            </option>
          ))}
        </select>

        <label htmlFor={ids.shadows}>{t('settings.shadows')}</label>
        <input
          id={ids.shadows}
          type="checkbox"
          className="toggle"
          checked={settings.shadows}
          data-testid="settings-shadows"
          onChange={(event) => void save({ shadows: event.target.checked })}
        />

        <label htmlFor={ids.speed}>{t('settings.playbackSpeed')}</label>
        <select
          id={ids.speed}
          value={String(settings.playbackSpeed)}
          data-testid="settings-playback-speed"
          onChange={(event) => void save({ playbackSpeed: Number(event.target.value) })}
        >
          {speeds.map((speed) => (
            <option key={speed} value={String(speed)}>
              {t('settings.playbackSpeed.value', { speed })}
            </option>
          ))}
        </select>

        <p className="save-state" role="status" data-testid="settings-save-state">
          {saveState === 'saving' && t('settings.saving')}
          {saveState === 'saved' && <span data-testid="settings-saved">✓ {t('settings.saved')}</span>}
        </p>
      </form>
      <BackupsBlock />
      <AboutBlock />
    </ScreenFrame>
  );
}

function withoutKeys(settings: Partial<Settings>, keys: string[]): Partial<Settings> {
  return Object.fromEntries(Object.entries(settings).filter(([key]) => !keys.includes(key))) as Partial<Settings>;
}
