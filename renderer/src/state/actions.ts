import { hostErrorCodes, type HostErrorCode } from '../../../shared/contract/rpc';
import { HostCallError } from '../../../shared/contract/client';
import { languageSchema, type Settings } from '../../../shared/contract/host';
import type { MessageKey } from '../../../shared/i18n/messages';
import { host, HostUnreachableError, onNativeLanguageChanged } from '../host/hostClient';
import { useUiStore, type Screen, type UiError } from './uiStore';

/**
 * Everything that changes the UI store goes through these functions, so components stay thin and the
 * host is called from one place per concern.
 */

/** Shows another screen. */
export function navigateTo(screen: Screen): void {
  useUiStore.setState({ screen });
}

/** Turns any failure into the banner's translated error. */
export function describeError(error: unknown): UiError {
  if (error instanceof HostUnreachableError) return { messageKey: 'error.hostUnavailable', detail: error.message };
  if (error instanceof HostCallError && isHostErrorCode(error.code)) {
    return { messageKey: `error.${error.code}`, detail: [error.message, ...error.issues].join('\n') };
  }
  return { messageKey: 'error.internal', detail: error instanceof Error ? error.message : String(error) };
}

function isHostErrorCode(code: string): code is HostErrorCode {
  return (hostErrorCodes as readonly string[]).includes(code);
}

/** Shows `error` in the banner (and logs it for developers). */
export function reportError(error: unknown): void {
  const uiError = describeError(error);
  console.error(`[sispamkota] ${uiError.messageKey}: ${uiError.detail}`);
  useUiStore.setState({ lastError: uiError });
}

/** Hides the error banner. */
export function dismissError(): void {
  useUiStore.setState({ lastError: null });
}

/**
 * Loads settings and app info at start-up. A host failure still leaves a usable UI (defaults, Indonesian)
 * with the error in the banner.
 */
export async function loadInitialState(): Promise<void> {
  const [settings, appInfo] = await Promise.allSettled([host.getSettings(), host.getAppInfo()]);
  if (settings.status === 'fulfilled') useUiStore.setState({ settings: settings.value });
  else reportError(settings.reason);
  if (appInfo.status === 'fulfilled') useUiStore.setState({ appInfo: appInfo.value });
  else if (settings.status === 'fulfilled') reportError(appInfo.reason);
  useUiStore.setState({ settingsReady: true });
}

/**
 * Sends a settings change to the host and shows what the host stored. Resolves with the stored
 * settings, or null when the host refused (the banner then says why and the UI keeps the old values).
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings | null> {
  try {
    const stored = await host.updateSettings(patch);
    useUiStore.setState({ settings: stored });
    return stored;
  } catch (error) {
    reportError(error);
    return null;
  }
}

/**
 * Follows the native menu's language switch (Electron only). Main has already stored the choice, so
 * the renderer only reflects it.
 */
export function followNativeLanguageMenu(): () => void {
  return onNativeLanguageChanged((language) => {
    const parsed = languageSchema.safeParse(language);
    if (!parsed.success) return;
    useUiStore.setState((state) => ({ settings: { ...state.settings, language: parsed.data } }));
  });
}

/** The message key of an error code (exported for the session lists' inline errors). */
export function errorMessageKey(error: unknown): MessageKey {
  return describeError(error).messageKey;
}
