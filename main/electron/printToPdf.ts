/**
 * Saving the page the renderer shows (the Anev report) as a PDF. Electron is reached only through the
 * small interfaces below, which `main.ts` fills with the sender's `webContents`, `dialog.showSaveDialog`
 * and the Documents folder, so this runs and is tested without the Electron runtime.
 */
import type { PdfSaveResult } from '../../shared/contract/bridge';

/** The part of Electron's `webContents` used here. */
export interface PdfSource {
  printToPDF(options: { printBackground: boolean; pageSize: 'A4'; landscape: boolean }): Promise<Uint8Array>;
}

/** The part of Electron's save dialog used here (its options and answer, as Electron types them). */
export type SaveDialog = (options: {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: ['createDirectory', 'showOverwriteConfirmation'];
}) => Promise<{ canceled: boolean; filePath?: string }>;

/** Everything {@link savePageAsPdf} needs from Electron and the file system. */
export interface PdfSaveEnvironment {
  source: PdfSource;
  showSaveDialog: SaveDialog;
  /** The user's Documents folder (`app.getPath('documents')`). */
  documentsDirectory: string;
  joinPath(...parts: string[]): string;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** The dialog's title in the app's language. */
  dialogTitle: string;
}

/** Longest file name offered in the dialog, without the extension. */
const MAX_BASE_NAME = 120;

/**
 * A safe file name from what the renderer suggested: no folders, no characters Windows refuses, not
 * empty, ending in `.pdf`.
 */
export function pdfFileName(suggested: unknown): string {
  const text = typeof suggested === 'string' ? suggested : '';
  const base = text
    .replace(/\.pdf$/i, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, MAX_BASE_NAME);
  return `${base || 'laporan-anev'}.pdf`;
}

/**
 * Prints the page to an A4 portrait PDF with its backgrounds, asks where to save it (Documents and the
 * suggested name first) and writes it there. Cancelled: nothing is written.
 */
export async function savePageAsPdf(env: PdfSaveEnvironment, suggestedFileName: unknown): Promise<PdfSaveResult> {
  const bytes = await env.source.printToPDF({ printBackground: true, pageSize: 'A4', landscape: false });
  const answer = await env.showSaveDialog({
    title: env.dialogTitle,
    defaultPath: env.joinPath(env.documentsDirectory, pdfFileName(suggestedFileName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (answer.canceled || !answer.filePath) return { saved: false, path: null };
  // Some Linux dialogs return the typed name without the filter's extension.
  const path = /\.pdf$/i.test(answer.filePath) ? answer.filePath : `${answer.filePath}.pdf`;
  await env.writeFile(path, bytes);
  return { saved: true, path };
}
