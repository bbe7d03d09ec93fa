import { describe, expect, it } from 'vitest';
import { rowAfterKey, scrollToReveal, virtualWindow } from './virtualWindow';

describe('virtualWindow', () => {
  it('renders the rows in view plus the overscan, offset to the first one', () => {
    expect(virtualWindow(5000, 60, 6000, 300, 4)).toEqual({ first: 96, end: 109, offset: 96 * 60, total: 300_000 });
  });

  it('starts at row 0 at the top and never renders past the end', () => {
    expect(virtualWindow(5000, 60, 0, 300, 4)).toEqual({ first: 0, end: 9, offset: 0, total: 300_000 });
    const bottom = virtualWindow(5000, 60, 300_000, 300, 4);
    expect(bottom.end).toBe(5000);
    expect(bottom.first).toBe(5000 - 5 - 4);
  });

  it('renders a screenful however long the list is', () => {
    for (const count of [10, 1000, 100_000]) {
      const win = virtualWindow(count, 60, count * 30, 480, 4);
      expect(win.end - win.first).toBeLessThanOrEqual(480 / 60 + 1 + 8);
    }
  });

  it('handles an empty list, a short list, and a scroll beyond the end or not a number', () => {
    expect(virtualWindow(0, 60, 100, 300)).toEqual({ first: 0, end: 0, offset: 0, total: 0 });
    expect(virtualWindow(3, 60, 0, 300)).toEqual({ first: 0, end: 3, offset: 0, total: 180 });
    expect(virtualWindow(3, 60, 9999, 300)).toEqual({ first: 0, end: 3, offset: 0, total: 180 });
    expect(virtualWindow(100, 60, Number.NaN, 300, 0)).toEqual({ first: 0, end: 5, offset: 0, total: 6000 });
  });
});

describe('scrollToReveal', () => {
  it('scrolls up to a row above, down to a row below, and not at all for a row in view', () => {
    expect(scrollToReveal(2, 60, 600, 300)).toBe(120);
    expect(scrollToReveal(20, 60, 600, 300)).toBe(21 * 60 - 300);
    expect(scrollToReveal(12, 60, 600, 300)).toBeNull();
    expect(scrollToReveal(-1, 60, 600, 300)).toBeNull();
  });
});

describe('rowAfterKey', () => {
  it('moves by one, by a page, and to either end, within the list', () => {
    expect(rowAfterKey('ArrowDown', -1, 10, 5)).toBe(0);
    expect(rowAfterKey('ArrowDown', 9, 10, 5)).toBe(9);
    expect(rowAfterKey('ArrowUp', 0, 10, 5)).toBe(0);
    expect(rowAfterKey('ArrowUp', 4, 10, 5)).toBe(3);
    expect(rowAfterKey('PageDown', 2, 10, 5)).toBe(6);
    expect(rowAfterKey('PageUp', 2, 10, 5)).toBe(0);
    expect(rowAfterKey('Home', 5, 10, 5)).toBe(0);
    expect(rowAfterKey('End', 5, 10, 5)).toBe(9);
    expect(rowAfterKey('x', 5, 10, 5)).toBeNull();
    expect(rowAfterKey('ArrowDown', 0, 0, 5)).toBeNull();
  });
});
