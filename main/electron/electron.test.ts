import { join, normalize, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppMenuTemplate } from './menu';
import { APP_START_URL, isAppUrl, resolveAppFile, secureWebPreferences } from './security';

describe('Electron security settings', () => {
  it('keeps isolation and the sandbox on and Node off', () => {
    const preferences = secureWebPreferences('/app/preload.cjs');
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  it('trusts only the app origin for IPC and navigation', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://example.com')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('maps app:// URLs into the renderer folder and refuses escapes', () => {
    const root = join(sep, 'opt', 'app', 'renderer');
    expect(resolveAppFile(root, 'app://sispamkota/index.html', join, normalize, sep)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://sispamkota/assets/a.js', join, normalize, sep)).toBe(join(root, 'assets', 'a.js'));
    expect(resolveAppFile(root, 'app://sispamkota/..%2f..%2fetc/passwd', join, normalize, sep)).toBeNull();
    expect(resolveAppFile(root, 'app://sispamkota/a%00.js', join, normalize, sep)).toBeNull();
    expect(resolveAppFile(root, 'app://elsewhere/index.html', join, normalize, sep)).toBeNull();
  });
});

describe('application menu', () => {
  const actions = { setLanguage: () => {}, openDataFolder: () => {}, showAbout: () => {} };
  it('speaks Indonesian by default and English when asked', () => {
    expect(buildAppMenuTemplate('id', actions, 'linux').map((item) => item.label)).toEqual(['Berkas', 'Tampilan', 'Bahasa', 'Bantuan']);
    expect(buildAppMenuTemplate('en', actions, 'linux').map((item) => item.label)).toEqual(['File', 'View', 'Language', 'Help']);
  });

  it('marks the current language and switches through the action', () => {
    let chosen = '';
    const template = buildAppMenuTemplate('id', { ...actions, setLanguage: (language) => (chosen = language) }, 'linux');
    const languageMenu = template[2]?.submenu as Array<{ checked?: boolean; click?: () => void }>;
    expect(languageMenu.map((item) => item.checked)).toEqual([true, false]);
    languageMenu[1]?.click?.();
    expect(chosen).toBe('en');
  });
});
