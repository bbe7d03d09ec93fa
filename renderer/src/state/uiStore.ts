import { create } from 'zustand';
import { defaultSettings, type AppInfo, type Settings } from '../../../shared/contract/host';
import type { MessageKey } from '../../../shared/i18n/messages';

/**
 * The renderer's small UI store: which screen is shown, the settings as the host last returned them,
 * facts about the app, and the last error. The game's state is in gameStore.ts (turn flow, HUD numbers)
 * and, for the people on the table, in the engine's typed arrays the 3D scene reads in useFrame;
 * nothing here changes per frame.
 */

/** The screens of the app shell. */
export type Screen = 'menu' | 'newSession' | 'resume' | 'archive' | 'editor' | 'settings' | 'game' | 'debrief';

/** An error the banner shows: a translated message plus a developer detail for the tooltip/log. */
export interface UiError {
  messageKey: MessageKey;
  /** Values for the message's `{placeholders}`, when it has any. */
  params?: Record<string, string | number>;
  detail: string;
}

/** Shape of the UI store. */
export interface UiState {
  screen: Screen;
  /** Settings as the host last returned them (defaults until the first load answers). */
  settings: Settings;
  /** True once the host answered `getSettings` (or failed to), so the first paint has the right language. */
  settingsReady: boolean;
  appInfo: AppInfo | null;
  lastError: UiError | null;
}

/** The UI store; components select slices with `useUiStore(selector)`, actions live in `actions.ts`. */
export const useUiStore = create<UiState>(() => ({
  screen: 'menu',
  settings: defaultSettings,
  settingsReady: false,
  appInfo: null,
  lastError: null,
}));
