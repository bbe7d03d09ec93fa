import { describe, expect, it } from 'vitest';
import { printReport } from './printReport';

/** The report goes to the desktop app's PDF bridge when there is one and to the browser's print otherwise. */
describe('printReport', () => {
  it('saves through the bridge in the desktop app and never opens the browser print', async () => {
    const asked: string[] = [];
    let printed = 0;
    const bridge = {
      printToPdf: async (name: string) => {
        asked.push(name);
        return { saved: true, path: `/home/instruktur/Documents/${name}` };
      },
    };
    expect(await printReport('anev-latihan-3.pdf', { bridge, print: () => (printed += 1) })).toBe('saved');
    expect(asked).toEqual(['anev-latihan-3.pdf']);
    expect(printed).toBe(0);
  });

  it('says cancelled when the save dialog was cancelled', async () => {
    const bridge = { printToPdf: async () => ({ saved: false, path: null }) };
    expect(await printReport('anev.pdf', { bridge, print: () => {} })).toBe('cancelled');
  });

  it('opens the browser print dialog in browser mode', async () => {
    let printed = 0;
    expect(await printReport('anev.pdf', { bridge: null, print: () => (printed += 1) })).toBe('printed');
    expect(printed).toBe(1);
  });

  it('lets a failed PDF save reach the caller', async () => {
    const bridge = { printToPdf: async () => Promise.reject(new Error('disk full')) };
    await expect(printReport('anev.pdf', { bridge, print: () => {} })).rejects.toThrow('disk full');
  });
});
