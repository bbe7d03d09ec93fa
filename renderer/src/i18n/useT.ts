import { useCallback } from 'react';
import type { Language } from '../../../shared/contract/host';
import { translate, type MessageKey } from '../../../shared/i18n/messages';
import { useUiStore } from '../state/uiStore';

/** A bound translate function for the current UI language. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The current UI language (from the settings the host returned; 'id' until then). */
export function useLanguage(): Language {
  return useUiStore((state) => state.settings.language);
}

/** Returns `t(key, params)` in the current language; components re-render when the language changes. */
export function useT(): Translate {
  const language = useLanguage();
  return useCallback((key, params) => translate(language, key, params), [language]);
}

/** A bilingual text ({ id, en }) from a scenario file: its name, briefing, event labels. */
export interface BilingualLabel {
  id: string;
  en: string;
}

/** The text of a bilingual label (scenario texts) in `language`. The engine's codes are worded in shared/i18n instead. */
export function textIn(language: Language, text: BilingualLabel): string {
  return language === 'en' ? text.en : text.id;
}

/** Returns a function picking the current language's text of a bilingual label. */
export function useLabel(): (label: BilingualLabel) => string {
  const language = useLanguage();
  return useCallback((label) => textIn(language, label), [language]);
}

/** BCP 47 locale for dates and numbers in each UI language. */
export function localeOf(language: Language): string {
  return language === 'id' ? 'id-ID' : 'en-GB';
}
