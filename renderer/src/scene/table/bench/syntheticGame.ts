import { Flag, Role } from '../../../../../shared/engine/model';
import type { VenueFile } from '../../../../../shared/venue/schema';
import type { AgentFrameSource, PlanOverlay, SceneEffects, SceneUnit } from '../sceneContract';

/**
 * A synthetic game for the scene bench: 800 officers in units of every type (with their vehicles),
 * 2,000 protesters in four groups, and the protected people, laid out around the venue's main gate,
 * milling and pushing at 10 ticks per second with a sprinkle of every status. Deterministic (seeded),
 * engine-free, so the bench measures the scene alone. Implements {@link AgentFrameSource} with one
 * reused frame object: no allocation per frame.
 */

const POLICE: [type: string, units: number, strength: number, vehicle: boolean][] = [
  ['dalmas_awal', 4, 38, false], ['dalmas_lanjut', 4, 39, false], ['brimob_sekat', 4, 30, false], ['brimob_desak', 3, 30, false],
  ['brimob_tindak', 3, 30, false], ['tim_tindak', 3, 10, false], ['raimas', 2, 20, false], ['negosiator', 1, 3, false],
  ['dokkes', 2, 6, true], ['water_cannon', 2, 0, true], ['mobil_komando', 1, 0, true],
];
/** Officers the bench fields (people plus vehicle agents), protesters and groups. */
export const BENCH_SIZES = { officers: 800, protesters: 2000, groups: 4 } as const;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The synthetic game: its source, units and a few effects and overlays to draw. */
export interface SyntheticGame {
  source: AgentFrameSource & { tick(): void };
  units: SceneUnit[];
  effects: SceneEffects;
  overlays: PlanOverlay[];
  selectedUnitId: string;
}

/** Builds the synthetic game for a venue (laid out around its first gate). */
export function createSyntheticGame(venue: VenueFile): SyntheticGame {
  const random = rng(7);
  const gate = venue.gates[0]!;
  const gx = (gate.a[0] + gate.b[0]) / 2;
  const gy = (gate.a[1] + gate.b[1]) / 2;
  const b0 = venue.buildings[0]!.footprint;
  const bx = b0.reduce((s, p) => s + p[0], 0) / b0.length;
  const by = b0.reduce((s, p) => s + p[1], 0) / b0.length;
  const nl = Math.hypot(bx - gx, by - gy);
  const nx = (bx - gx) / nl; // inward (toward the building)
  const ny = (by - gy) / nl;
  const tx = ny; // along the fence
  const ty = -nx;
  const { minX, minY, maxX, maxY } = venue.bounds;
  const clampX = (x: number): number => Math.min(maxX - 2, Math.max(minX + 2, x));
  const clampY = (y: number): number => Math.min(maxY - 2, Math.max(minY + 2, y));

  const units: SceneUnit[] = [];
  const place: { x: number; y: number; h: number; role: number; unit: number; flags: number }[] = [];
  const faceCrowd = Math.atan2(-ny, -nx);
  const faceGate = Math.atan2(ny, nx);
  let lineNo = 0;
  let officers = 0;
  let vehicles = 0;
  const VEHICLE_SLOTS = [-13, 13, -21, 21, 29, -29];
  for (const [type, count, strength, vehicle] of POLICE) {
    for (let k = 0; k < count; k++) {
      const index = units.length;
      const total = strength + (vehicle ? 1 : 0);
      // Lines stacked inside the gate, alternating a few metres apart; support units further in.
      const depth = -2 + (lineNo % 6) * 3.2 + Math.floor(lineNo / 6) * 22;
      const side = (Math.floor(lineNo / 6) % 2 === 0 ? 0 : 1) * (lineNo % 2 === 0 ? -1 : 1) * 14;
      const ux = gx + nx * depth + tx * side;
      const uy = gy + ny * depth + ty * side;
      lineNo++;
      let members = 0;
      for (let s = 0; s < total; s++) {
        const isVehicle = vehicle && s === 0;
        const col = s % 13;
        const row = Math.floor(s / 13);
        const along = (col - 6) * 0.75;
        // Vehicles park just inside the fence beside the gate, facing out.
        const slot = isVehicle ? VEHICLE_SLOTS[vehicles++ % VEHICLE_SLOTS.length]! : 0;
        const x = isVehicle ? gx + nx * 8 + tx * slot : ux + tx * along - nx * row * 0.8;
        const y = isVehicle ? gy + ny * 8 + ty * slot : uy + ty * along - ny * row * 0.8;
        place.push({ x: clampX(x), y: clampY(y), h: faceCrowd, role: isVehicle ? Role.driver : Role.officer, unit: index, flags: 0 });
        members++;
      }
      officers += members;
      units.push({ id: `${type}-${k + 1}`, index, type, side: 'police', label: `${type} ${k + 1}`, centre: [ux, uy], selectable: true });
    }
  }
  // Top up with Dalmas Awal so the police count is exactly 800.
  const extra = units.find((u) => u.type === 'dalmas_awal')!;
  while (officers < BENCH_SIZES.officers) {
    const p = place.find((q) => q.unit === extra.index)!;
    place.push({ ...p, x: p.x - nx * 2.4 + (random() - 0.5) * 8, y: p.y - ny * 2.4 + (random() - 0.5) * 2 });
    officers++;
  }
  const perGroup = BENCH_SIZES.protesters / BENCH_SIZES.groups;
  for (let g = 0; g < BENCH_SIZES.groups; g++) {
    const index = units.length;
    const cx = gx - nx * (22 + (g % 2) * 14) + tx * ((g - 1.5) * 26);
    const cy = gy - ny * (22 + (g % 2) * 14) + ty * ((g - 1.5) * 26);
    for (let s = 0; s < perGroup; s++) {
      const r = Math.sqrt(random()) * 13;
      const a = random() * Math.PI * 2;
      const role = s === 0 ? Role.korlap : s <= 3 ? Role.orator : s <= 8 ? Role.provocateur : s > perGroup * 0.9 ? Role.bystander : Role.protester;
      const flags = random() < 0.15 ? Flag.active : 0;
      place.push({ x: clampX(cx + Math.cos(a) * r * 1.6), y: clampY(cy + Math.sin(a) * r * 0.8), h: faceGate, role, unit: index, flags });
    }
    units.push({ id: `massa-${g + 1}`, index, type: 'crowd', side: 'crowd', label: `Massa ${g + 1}`, centre: [cx, cy], selectable: false });
  }
  const pIndex = units.length;
  units.push({ id: 'dilindungi', index: pIndex, type: 'protected', side: 'protected', label: 'KPU', centre: [bx, by], selectable: false });
  for (const p of venue.protectedPeople) {
    for (let s = 0; s < p.count; s++) {
      const role = p.role === 'ketua_kpu' ? Role.ketuaKpu : p.role === 'paslon' ? Role.paslon : Role.kpuStaff;
      place.push({ x: p.at[0] + (s % 4) * 0.9, y: p.at[1] + Math.floor(s / 4) * 0.9, h: 0, role, unit: pIndex, flags: Flag.inBuilding });
    }
  }
  // A few of every visible status, near the front of the crowd.
  const crowdStart = officers;
  for (let k = 0; k < 40; k++) {
    const i = crowdStart + Math.floor(random() * BENCH_SIZES.protesters);
    const st = [Flag.injured, Flag.arrested, Flag.wet, Flag.gassed, Flag.sitting, Flag.hostage][k % 6]!;
    place[i]!.flags |= st;
  }
  place[3]!.flags |= Flag.injured;

  const n = place.length;
  const x = new Float32Array(n), y = new Float32Array(n), prevX = new Float32Array(n), prevY = new Float32Array(n);
  const homeX = new Float32Array(n), homeY = new Float32Array(n);
  const heading = new Float32Array(n), kind = new Uint8Array(n), flags = new Uint16Array(n), unit = new Int32Array(n);
  place.forEach((p, i) => {
    x[i] = prevX[i] = homeX[i] = p.x;
    y[i] = prevY[i] = homeY[i] = p.y;
    heading[i] = p.h;
    kind[i] = p.role;
    flags[i] = p.flags;
    unit[i] = p.unit;
  });
  const TICK_MS = 100;
  let tickAt = performance.now();
  let ticks = 0;
  const frame = { prevX, prevY, x, y, heading, kind, flags, unit, alpha: 1, version: 0 };
  const source = {
    count: n,
    frame() {
      frame.alpha = Math.min(1, (performance.now() - tickAt) / TICK_MS);
      return frame;
    },
    tick() {
      prevX.set(x);
      prevY.set(y);
      ticks++;
      const surge = Math.sin(ticks * 0.05) * 0.5 + 0.5;
      for (let i = 0; i < n; i++) {
        if (kind[i] === Role.driver || flags[i]! & (Flag.injured | Flag.arrested | Flag.inBuilding)) continue;
        const crowd = kind[i]! >= Role.korlap && kind[i]! < Role.ketuaKpu;
        const amp = crowd ? 0.35 : 0.06;
        const pull = crowd && flags[i]! & Flag.active ? surge * 2.5 : 0;
        const tx2 = homeX[i]! + nx * pull;
        const ty2 = homeY[i]! + ny * pull;
        x[i] = x[i]! + (tx2 - x[i]!) * 0.1 + (random() - 0.5) * amp;
        y[i] = y[i]! + (ty2 - y[i]!) * 0.1 + (random() - 0.5) * amp;
      }
      tickAt = performance.now();
      frame.version++;
    },
  };

  const awc = place.findIndex((p, i) => p.role === Role.driver && units[p.unit]!.type === 'water_cannon' && i >= 0);
  const front = { x: gx - nx * 16, y: gy - ny * 16 };
  const effects: SceneEffects = {
    hazards: [
      { id: 1, kind: 'gas', x: front.x + tx * 30, y: front.y + ty * 30 - ny * 6, radius: 6 },
      { id: 2, kind: 'water', x: front.x - tx * 6, y: front.y - ty * 6, radius: 3, sourceX: place[awc]?.x ?? gx, sourceY: place[awc]?.y ?? gy },
    ],
    fires: [
      { id: 1, x: front.x - tx * 28 - nx * 6, y: front.y - ty * 28 - ny * 6, intensity: 1 },
      { id: 2, x: front.x + tx * 12 - nx * 10, y: front.y + ty * 12 - ny * 10, intensity: 0.6 },
    ],
    projectiles: Array.from({ length: 12 }, (_, k) => ({
      from: [front.x + tx * (k - 6) * 3 - nx * 6, front.y + ty * (k - 6) * 3 - ny * 6] as [number, number],
      to: [gx + tx * (k - 6) * 1.5 + nx * 2, gy + ty * (k - 6) * 1.5 + ny * 2] as [number, number],
    })),
  };
  const sekat = units.find((u) => u.type === 'brimob_sekat')!;
  const overlays: PlanOverlay[] = [
    { kind: 'path', unitId: sekat.id, points: [sekat.centre, [gx + nx * 1, gy + ny * 1], [gx - nx * 8 + tx * 10, gy - ny * 8 + ty * 10]], color: '#ffd23a' },
    { kind: 'area', unitId: 'water_cannon-1', centre: [front.x - tx * 6, front.y - ty * 6], radius: 7, color: '#4fb0ff', label: 'AWC' },
    { kind: 'line', unitId: 'dalmas_awal-1', from: [gx - tx * 12 - nx * 3, gy - ty * 12 - ny * 3], to: [gx + tx * 12 - nx * 3, gy + ty * 12 - ny * 3], color: '#ff6a3a' },
  ];
  return { source, units, effects, overlays, selectedUnitId: sekat.id };
}
