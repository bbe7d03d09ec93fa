/// <reference lib="webworker" />
import { checkVenue } from './navPreview';

/**
 * The venue editor's check worker: runs the venue checks and the navigation-grid preview (tens of
 * milliseconds on the larger venues) away from the page, one request at a time; the page keeps only the
 * answer to its latest request.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<{ seq: number; venue: unknown; withNav: boolean }>) => {
  const { seq, venue, withNav } = event.data;
  const result = checkVenue(venue, seq, withNav);
  scope.postMessage(result, result.nav ? [result.nav.cells.buffer] : []);
};
