import { languageSchema, type Language } from '../../../shared/contract/host';
import { useLanguage, useT } from '../i18n/useT';
import { updateSettings } from '../state/actions';

/** ID | EN toggle; the choice is stored by the host, and the UI follows what the host returned. */
export function LanguageSwitch() {
  const language = useLanguage();
  const t = useT();
  return (
    <div className="language-switch" role="group" aria-label={t('menu.language')} data-testid="language-switch">
      {languageSchema.options.map((option: Language) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-option"
          aria-pressed={option === language}
          title={t(`settings.language.${option}`)}
          data-testid={`language-${option}`}
          onClick={() => {
            if (option !== language) void updateSettings({ language: option });
          }}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
