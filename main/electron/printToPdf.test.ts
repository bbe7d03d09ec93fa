import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfFileName, savePageAsPdf, type PdfSaveEnvironment, type SaveDialog } from './printToPdf';

/**
 * Saving the report as PDF with a fake webContents and a fake save dialog (the Electron runtime is not
 * installed here): what is printed, what the dialog offers, what is written, and a cancel.
 */

const PDF = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]);

function fakeEnvironment(answer: Awaited<ReturnType<SaveDialog>>) {
  const printed: unknown[] = [];
  const asked: Parameters<SaveDialog>[0][] = [];
  const written: { path: string; bytes: Uint8Array }[] = [];
  const env: PdfSaveEnvironment = {
    source: {
      printToPDF: async (options) => {
        printed.push(options);
        return PDF;
      },
    },
    showSaveDialog: async (options) => {
      asked.push(options);
      return answer;
    },
    documentsDirectory: '/home/instruktur/Dokumen',
    joinPath: join,
    writeFile: async (path, bytes) => {
      written.push({ path, bytes });
    },
    dialogTitle: 'Simpan laporan Anev sebagai PDF',
  };
  return { env, printed, asked, written };
}

describe('savePageAsPdf', () => {
  it('prints A4 portrait with backgrounds, offers Documents and the suggested name, and writes where the user chose', async () => {
    const { env, printed, asked, written } = fakeEnvironment({ canceled: false, filePath: '/media/usb/anev.pdf' });
    expect(await savePageAsPdf(env, 'anev-latihan-3.pdf')).toEqual({ saved: true, path: '/media/usb/anev.pdf' });
    expect(printed).toEqual([{ printBackground: true, pageSize: 'A4', landscape: false }]);
    expect(asked).toEqual([
      {
        title: 'Simpan laporan Anev sebagai PDF',
        defaultPath: join('/home/instruktur/Dokumen', 'anev-latihan-3.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      },
    ]);
    expect(written).toEqual([{ path: '/media/usb/anev.pdf', bytes: PDF }]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { env, written } = fakeEnvironment({ canceled: true, filePath: '' });
    expect(await savePageAsPdf(env, 'anev.pdf')).toEqual({ saved: false, path: null });
    expect(written).toEqual([]);
  });

  it('adds .pdf when the dialog returns a name without it', async () => {
    const { env, written } = fakeEnvironment({ canceled: false, filePath: '/tmp/laporan' });
    expect(await savePageAsPdf(env, 'anev')).toEqual({ saved: true, path: '/tmp/laporan.pdf' });
    expect(written[0]!.path).toBe('/tmp/laporan.pdf');
  });
});

describe('pdfFileName', () => {
  it.each([
    ['anev-latihan-3.pdf', 'anev-latihan-3.pdf'],
    ['Anev Latihan 3', 'Anev Latihan 3.pdf'],
    ['../../etc/passwd', 'etc-passwd.pdf'],
    ['C:\\Windows\\x.PDF', 'C-Windows-x.pdf'],
    ['a:b*c?d"e<f>g|h\u0000i', 'a-b-c-d-e-f-g-h-i.pdf'],
    ['', 'laporan-anev.pdf'],
    ['...', 'laporan-anev.pdf'],
    [42, 'laporan-anev.pdf'],
  ])('%j becomes %j', (suggested, expected) => {
    expect(pdfFileName(suggested)).toBe(expected);
  });

  it('keeps long names short', () => {
    expect(pdfFileName('x'.repeat(500))).toBe(`${'x'.repeat(120)}.pdf`);
  });
});
