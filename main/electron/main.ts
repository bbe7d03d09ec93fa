/**
 * Electron main process: one secure window showing the renderer from `app://sispamkota/`, the host
 * services reached over one validated IPC channel, data under `userData`. Everything game- or
 * storage-related lives in main/host and shared/; this file only wires Electron to them.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { HOST_IPC_CHANNEL, LANGUAGE_IPC_CHANNEL, PRINT_PDF_IPC_CHANNEL } from '../../shared/contract/bridge';
import { dispatchHostCall } from '../../shared/contract/dispatch';
import type { Language, Settings } from '../../shared/contract/host';
import { hostFailure } from '../../shared/contract/rpc';
import { translate } from '../../shared/i18n/messages';
import { startHost, type RunningHost } from '../host/bootstrap';
import { CONTENT_SECURITY_POLICY } from '../host/contentSecurityPolicy';
import { buildAppMenuTemplate } from './menu';
import { savePageAsPdf } from './printToPdf';
import { APP_SCHEME, APP_START_URL, isAppUrl, resolveAppFile, secureWebPreferences } from './security';

const RENDERER_ROOT = join(__dirname, '..', 'renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let host: RunningHost | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (navigation) => {
      if (!isAppUrl(navigation.url)) navigation.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => host?.close());
  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start() {
  try {
    host = startHost({ dataDirectory: app.getPath('userData'), mode: 'electron', onSettingsChanged: applySettings });
  } catch (error) {
    fail(error);
    return;
  }
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  protocol.handle(APP_SCHEME, serveRendererFile);
  ipcMain.handle(HOST_IPC_CHANNEL, async (event, payload: unknown) => {
    if (!host || !isAppUrl(event.senderFrame?.url)) return hostFailure('forbidden', 'IPC from an untrusted frame');
    return dispatchHostCall(host.services, payload);
  });
  ipcMain.handle(PRINT_PDF_IPC_CHANNEL, async (event, suggestedFileName: unknown) => {
    if (!host || !isAppUrl(event.senderFrame?.url)) throw new Error('PDF request from an untrusted frame');
    const owner = BrowserWindow.fromWebContents(event.sender);
    const language = (await host.services.getSettings()).language;
    return savePageAsPdf(
      {
        source: event.sender,
        showSaveDialog: (options) => (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)),
        documentsDirectory: app.getPath('documents'),
        joinPath: join,
        writeFile,
        dialogTitle: translate(language, 'report.savePdfTitle'),
      },
      suggestedFileName,
    );
  });
  const settings = await host.services.getSettings();
  installMenu(settings.language);
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    title: 'Sispamkota TFG',
    backgroundColor: '#1b211c',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  await mainWindow.loadURL(APP_START_URL);
  if (host.startupMessage) void dialog.showMessageBox(mainWindow, { type: 'warning', message: host.startupMessage });
}

async function serveRendererFile(request: Request): Promise<Response> {
  const file = resolveAppFile(RENDERER_ROOT, request.url, join, normalize, sep);
  if (!file) return new Response('Forbidden', { status: 403 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

function installMenu(language: Language) {
  const template = buildAppMenuTemplate(
    language,
    {
      setLanguage: (next) => void host?.services.updateSettings({ language: next }),
      openDataFolder: () => void shell.openPath(app.getPath('userData')),
      showAbout: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: translate(language, 'appMenu.about'),
          message: `Sispamkota TFG ${app.getVersion()}`,
          detail: `${translate(language, 'app.subtitle')}\n${app.getPath('userData')}`,
        }),
    },
    process.platform,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Keeps the native menu and the renderer in the language the user chose, wherever they chose it. */
function applySettings(settings: Settings) {
  installMenu(settings.language);
  mainWindow?.webContents.send(LANGUAGE_IPC_CHANNEL, settings.language);
}

function fail(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Sispamkota TFG', `Aplikasi tidak dapat dimulai / The app could not start:\n\n${message}`);
  app.exit(1);
}
