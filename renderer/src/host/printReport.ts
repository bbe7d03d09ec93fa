import type { PreloadBridge } from '../../../shared/contract/bridge';
import { findPreloadBridge } from './hostClient';

/**
 * Puts the Anev report on paper or into a file. In the desktop app the preload's bridge has main print
 * the page to an A4 PDF and ask where to save it; in browser mode the browser's own print dialog opens
 * (where "Save as PDF" is one of the printers). The page's print stylesheet decides what is printed.
 */

/** What printing did: saved as a PDF, the save dialog cancelled, or handed to the browser's print dialog. */
export type PrintOutcome = 'saved' | 'cancelled' | 'printed';

/** Where {@link printReport} prints: the preload bridge when there is one, else the browser's print. */
export interface PrintTarget {
  bridge: Pick<PreloadBridge, 'printToPdf'> | null;
  print: () => void;
}

/** Prints the page the renderer shows; `suggestedFileName` is offered in the desktop app's save dialog. */
export async function printReport(
  suggestedFileName: string,
  target: PrintTarget = { bridge: findPreloadBridge(), print: () => window.print() },
): Promise<PrintOutcome> {
  if (target.bridge) {
    const result = await target.bridge.printToPdf(suggestedFileName);
    return result.saved ? 'saved' : 'cancelled';
  }
  target.print();
  return 'printed';
}
