import { describe, expect, it } from 'vitest';
import { loadVenueFile, siteFrameOf } from '../venue/venueFile';
import { minimapFrame } from './minimap/minimapDraw';
import { buildOverlayGeometry } from './overlays/overlayGeometry';
import { SCENARIO_PRESETS } from '../../new-session/presets';

/** Pure geometry of the table: the minimap's pixel mapping and the plan overlays' ground triangles. */

const venue = loadVenueFile(SCENARIO_PRESETS[0]!.venueId)!;
const site = siteFrameOf(venue);

describe('minimapFrame', () => {
  it('keeps the venue\'s aspect at the given width, north up', () => {
    const b = venue.bounds;
    const m = minimapFrame(venue, 200);
    expect(m).toMatchObject({ width: 200, minX: b.minX, maxY: b.maxY });
    expect(m.scale).toBeCloseTo(200 / (b.maxX - b.minX));
    expect(m.height).toBe(Math.round((b.maxY - b.minY) * m.scale));
  });
});

describe('buildOverlayGeometry', () => {
  it('gives nothing for no overlays', () => {
    expect(buildOverlayGeometry(site, [])).toEqual({ lines: null, fills: null });
  });

  it('builds coloured triangles for a path on the ground, in scene coordinates', () => {
    const { lines, fills } = buildOverlayGeometry(site, [{ kind: 'path', unitId: 'awal-1', color: '#ff0000', points: [[site.cx, site.cy], [site.cx + 10, site.cy]] }]);
    expect(fills).toBeNull();
    const pos = lines!.getAttribute('position');
    expect(pos.count % 3).toBe(0);
    expect(pos.count).toBeGreaterThan(0);
    for (let i = 0; i < pos.count; i++) {
      expect(pos.getX(i)).toBeGreaterThan(-2);
      expect(pos.getX(i)).toBeLessThan(12);
    }
    const col = lines!.getAttribute('color');
    expect([col.getX(0), col.getY(0), col.getZ(0)]).toEqual([1, 0, 0]);
  });

  it('draws an area as a ring and a fill', () => {
    const { lines, fills } = buildOverlayGeometry(site, [{ kind: 'area', unitId: 'awal-1', color: '#00ff00', centre: [site.cx, site.cy], radius: 5 }]);
    expect(lines).not.toBeNull();
    expect(fills).not.toBeNull();
  });
});
