import { describe, expect, it } from 'vitest';
import { bundledVenues, getVenue, registerVenue, venueRevisionId } from './venues';
import { nearestOnPolyline, validateVenue, venueReachability, venueSaveable, type VenueProblem } from './validate';
import type { VenueFile } from './schema';
import { exampleYardVenue } from './validateFixtures';

const yard = exampleYardVenue;

const keys = (problems: readonly VenueProblem[]) => problems.map((p) => p.key);

describe('validateVenue', () => {
  it('passes the shipped venues and a well-formed yard', () => {
    for (const raw of Object.values(bundledVenues)) expect(validateVenue(raw).filter((p) => p.severity === 'error')).toEqual([]);
    expect(validateVenue(yard())).toEqual([]);
  });

  it('finds a gate that is not on its fence', () => {
    const v = yard();
    v.gates[0] = { ...v.gates[0]!, a: [28, 12], b: [32, 12] };
    const problems = validateVenue(v);
    expect(problems).toContainEqual(expect.objectContaining({ key: 'gateOffWall', target: { list: 'gates', id: 'gerbang' }, params: { name: 'Gerbang', wall: 'Pagar' } }));
    expect(venueSaveable(problems)).toBe(false);
  });

  it('finds a gate naming a wall that does not exist', () => {
    const v = yard();
    v.gates[0] = { ...v.gates[0]!, wallId: 'tembok' };
    expect(keys(validateVenue(v))).toContain('gateUnknownWall');
  });

  it('finds an arrival zone drawn inside a building', () => {
    const v = yard();
    v.crowdArrival[0] = { id: 'datang', name: 'Kedatangan', polygon: [[22, 32], [30, 32], [30, 38], [22, 38]] };
    expect(validateVenue(v)).toContainEqual(expect.objectContaining({ key: 'zoneInBuilding', params: { zone: 'Kedatangan', building: 'Gedung' } }));
  });

  it('finds a room no one can reach when its building has its door on a walled-off side', () => {
    const v = yard();
    // A wall right in front of the door, closed on both sides by the building's own outline.
    v.walls.push({ id: 'sekat', name: 'Sekat', kind: 'wall', points: [[20, 30], [20, 28], [40, 28], [40, 30]], height: 3, breachable: false, strength: 1 });
    const problems = validateVenue(v);
    expect(problems).toContainEqual(expect.objectContaining({ key: 'roomUnreachable', params: { room: 'Aula pleno', building: 'Gedung' } }));
    expect(keys(problems)).toContain('placeUnreachable');
  });

  it('reaches the hall through the open gate and door', () => {
    const v = yard();
    const reg = registerVenue(v);
    expect(reg.ok).toBe(true);
    if (!reg.ok) return;
    const { grid, fromStaging } = venueReachability(reg.venue);
    const hall = Math.floor((35 - grid.minY) / grid.cell) * grid.cols + Math.floor((30 - grid.minX) / grid.cell);
    expect(fromStaging[hall]!).toBeLessThan(60);
  });

  it('reports schema problems and structural ones of an invalid venue without throwing', () => {
    expect(validateVenue(null)).toEqual([expect.objectContaining({ key: 'schema' })]);
    const v = yard() as unknown as Record<string, unknown>;
    v.name = 5;
    (v.gates as VenueFile['gates'])[0]!.wallId = 'tembok';
    const problems = validateVenue(v);
    expect(keys(problems)).toEqual(expect.arrayContaining(['schema', 'gateUnknownWall']));
  });

  it('finds a room drawn outside its building, a duplicate id and a point outside the bounds', () => {
    const v = yard();
    v.buildings[0]!.rooms[0]!.polygon = [[0, 46], [5, 46], [5, 49], [0, 49]];
    v.policeStaging.push({ id: 'datang', name: 'Siaga 2', polygon: [[12, 20], [18, 20], [18, 26], [12, 26]] });
    v.protectedPeople.push({ id: 'ketua', role: 'ketua_kpu', name: 'Ketua', at: [80, 10], count: 1 });
    expect(keys(validateVenue(v))).toEqual(expect.arrayContaining(['roomOutsideBuilding', 'duplicateId', 'outsideBounds']));
  });
});

describe('registerVenue', () => {
  it('finds a user venue under a revision id that changes with its content', () => {
    const v = yard();
    const first = registerVenue(v);
    expect(first).toMatchObject({ ok: true, id: venueRevisionId(v) });
    if (!first.ok) return;
    expect(getVenue(first.id)?.file.name).toBe('Halaman uji');
    const edited = { ...v, name: 'Halaman uji (ubah)' };
    const second = registerVenue(edited);
    expect(second.ok && second.id).not.toBe(first.id);
    // The first revision still answers with its own content: an older session's replay is unchanged.
    expect(getVenue(first.id)?.file.name).toBe('Halaman uji');
  });

  it('keeps a shipped venue under its own id and refuses an invalid one', () => {
    expect(registerVenue(bundledVenues['kpu-office'])).toMatchObject({ ok: true, id: 'kpu-office' });
    expect(registerVenue({ id: 'x' }).ok).toBe(false);
  });
});

describe('nearestOnPolyline', () => {
  it('snaps a point onto the closest segment', () => {
    expect(nearestOnPolyline([5, 2], [[0, 0], [10, 0], [10, 10]])).toEqual({ point: [5, 0], segment: 0, distance: 2 });
  });
});
