/**
 * Fixed-row virtualisation of a long list: which rows a scroll position shows (plus a few either side),
 * where the first of them sits, and where to scroll so a given row is in view. Pure arithmetic, so a log
 * of thousands of entries renders a screenful of rows whatever is scrolled or filtered.
 */

/** The rows to render. */
export interface VirtualWindow {
  /** First row rendered. */
  first: number;
  /** One past the last row rendered. */
  end: number;
  /** Pixels from the list's top to the first row rendered. */
  offset: number;
  /** Height of the whole list in pixels (the scroll area). */
  total: number;
}

/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
export const OVERSCAN_ROWS = 4;

/** The rows of `count` rows of `rowHeight` px that a viewport of `viewport` px scrolled to `scrollTop` shows. */
export function virtualWindow(count: number, rowHeight: number, scrollTop: number, viewport: number, overscan = OVERSCAN_ROWS): VirtualWindow {
  const rows = Math.max(0, Math.floor(count));
  const total = rows * rowHeight;
  if (rows === 0 || rowHeight <= 0) return { first: 0, end: 0, offset: 0, total: Math.max(0, total) };
  const top = Math.max(0, Math.min(Number.isFinite(scrollTop) ? scrollTop : 0, Math.max(0, total - viewport)));
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(rows, Math.ceil((top + Math.max(0, viewport)) / rowHeight) + overscan);
  return { first, end, offset: first * rowHeight, total };
}

/** The scroll position that brings row `index` fully into view with the least movement, or null when it already is. */
export function scrollToReveal(index: number, rowHeight: number, scrollTop: number, viewport: number): number | null {
  if (index < 0) return null;
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return null;
}

/** The row a key press moves to from `current` (-1 = none) in a list of `count` rows showing `pageRows` rows; null for other keys. */
export function rowAfterKey(key: string, current: number, count: number, pageRows: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const from = current < 0 ? -1 : Math.min(current, last);
  switch (key) {
    case 'ArrowDown': return Math.min(last, from + 1);
    case 'ArrowUp': return from < 0 ? 0 : Math.max(0, from - 1);
    case 'PageDown': return Math.min(last, Math.max(0, from) + Math.max(1, pageRows - 1));
    case 'PageUp': return Math.max(0, Math.max(0, from) - Math.max(1, pageRows - 1));
    case 'Home': return 0;
    case 'End': return last;
    default: return null;
  }
}
