import { sessionFileLimits } from '../../../shared/contract/limits';

/**
 * Moving portable session files between the host contract (base64) and the user's disk: a download
 * for export, a file picker's File for import. Works the same in Electron and in browser mode.
 */

/** Saves an exported session file through the browser's download (Electron shows its save dialog). */
export function downloadSessionFile(file: { fileName: string; base64: string }): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A picked file's size and the cap when it is over the cap (it is then refused before being read), else null. */
export function oversizedSessionFile(file: Blob): { size: number; limit: number } | null {
  return file.size > sessionFileLimits.fileBytesMax ? { size: file.size, limit: sessionFileLimits.fileBytesMax } : null;
}

/** Reads a picked file (at most the size cap; see `oversizedSessionFile`) into the base64 payload `importSessions` takes. */
export async function readSessionFile(file: File): Promise<{ fileName: string; base64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return { fileName: file.name.slice(0, 200), base64: btoa(binary) };
}
