/**
 * The sandboxed preload: exposes exactly one narrow, typed object (`PreloadBridge`) to the renderer.
 * It forwards host-call envelopes over one IPC channel and the report's PDF request over another; main
 * validates every payload again.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  HOST_IPC_CHANNEL,
  LANGUAGE_IPC_CHANNEL,
  PRELOAD_BRIDGE_GLOBAL,
  PRINT_PDF_IPC_CHANNEL,
  type PdfSaveResult,
  type PreloadBridge,
} from '../../shared/contract/bridge';
import type { HostResponse } from '../../shared/contract/rpc';

const bridge: PreloadBridge = {
  invoke: (request) => ipcRenderer.invoke(HOST_IPC_CHANNEL, { method: request.method, args: request.args }) as Promise<HostResponse<unknown>>,
  onLanguageChanged: (listener) => {
    const handler = (_event: IpcRendererEvent, language: unknown) => {
      if (typeof language === 'string') listener(language);
    };
    ipcRenderer.on(LANGUAGE_IPC_CHANNEL, handler);
    return () => ipcRenderer.removeListener(LANGUAGE_IPC_CHANNEL, handler);
  },
  printToPdf: (suggestedFileName) => ipcRenderer.invoke(PRINT_PDF_IPC_CHANNEL, String(suggestedFileName)) as Promise<PdfSaveResult>,
};

contextBridge.exposeInMainWorld(PRELOAD_BRIDGE_GLOBAL, bridge);
