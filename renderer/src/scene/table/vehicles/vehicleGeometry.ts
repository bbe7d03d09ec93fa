import type { BufferGeometry } from 'three';
import { MergeBuilder } from '../../venue/mergeBuilder';
import type { VehicleKind } from '../engineCodes';

/**
 * Low-poly police vehicles as single vertex-coloured geometries, local +X forward, centred on the
 * vehicle, wheels on the ground: the armoured water cannon (AWC "Gajah"), the Dokkes ambulance, the
 * mobil komando (sound truck) and a rantis (armoured tactical vehicle) for any other vehicle.
 */

const TYRE = '#161616';
const GLASS = '#22364a';

function wheels(b: MergeBuilder, length: number, width: number, axles: readonly number[], r: number): void {
  for (const ax of axles) {
    for (const side of [-1, 1]) b.cylinderAlongY(ax * length, side * (width / 2 - 0.15), r, r, 0.35, TYRE);
  }
}

function awc(b: MergeBuilder): void {
  const L = 9, W = 2.6;
  wheels(b, L, W, [0.33, -0.12, -0.34], 0.55);
  b.box(0, 0, 0.55, L, W - 0.1, 0.35, '#1c1f24');
  b.box(L * 0.36, 0, 0.85, L * 0.26, W, 2.0, '#263a5c');
  b.box(L * 0.44, 0, 1.75, 0.3, W - 0.3, 0.8, GLASS);
  b.box(-L * 0.13, 0, 0.85, L * 0.7, W, 2.2, '#2d3f63');
  b.box(-L * 0.13, 0, 1.6, L * 0.68, W + 0.02, 0.25, '#e8e8e8');
  b.cylinder(L * 0.2, 0, 3.05, 0.5, 0.6, 0.5, '#1c1f24', 10);
  b.box(L * 0.2 + 1.1, 0, 3.3, 2.0, 0.22, 0.22, '#9aa3ad');
  b.box(L * 0.36, 0, 2.85, 0.5, 1.6, 0.18, '#d22a2a');
}

function ambulance(b: MergeBuilder): void {
  const L = 5.5, W = 2.1;
  wheels(b, L, W, [0.3, -0.3], 0.4);
  b.box(-L * 0.1, 0, 0.4, L * 0.8, W, 2.1, '#f5f5f2');
  b.box(L * 0.38, 0, 0.4, L * 0.24, W, 1.5, '#f5f5f2');
  b.box(L * 0.42, 0, 1.25, 0.3, W - 0.2, 0.6, GLASS);
  b.box(-L * 0.1, 0, 1.0, L * 0.8 + 0.02, W + 0.02, 0.3, '#d22a2a');
  b.box(L * 0.2, 0, 2.5, 0.4, 1.3, 0.2, '#2a6ad2');
  b.box(-L * 0.1, 0, 2.5, 1.2, 0.4, 0.05, '#d22a2a');
  b.box(-L * 0.1, 0, 2.5, 0.4, 1.2, 0.05, '#d22a2a');
}

function komando(b: MergeBuilder): void {
  const L = 7, W = 2.4;
  wheels(b, L, W, [0.3, -0.3], 0.5);
  b.box(L * 0.32, 0, 0.5, L * 0.3, W, 2.0, '#3d3f44');
  b.box(L * 0.4, 0, 1.5, 0.3, W - 0.2, 0.7, GLASS);
  b.box(-L * 0.16, 0, 0.5, L * 0.66, W, 2.3, '#5a4a30');
  b.box(-L * 0.16, 0, 2.8, L * 0.5, W - 0.6, 0.3, '#2a2a2a');
  for (const y of [-0.6, 0.6]) b.cone(-L * 0.16, y, 3.1, 0.45, 0.7, '#d9d9d9', 8);
  b.box(L * 0.32, 0, 2.5, 0.4, 1.4, 0.2, '#2a6ad2');
}

function rantis(b: MergeBuilder): void {
  const L = 6, W = 2.5;
  wheels(b, L, W, [0.3, -0.3], 0.55);
  b.box(0, 0, 0.6, L, W, 1.6, '#22324a');
  b.box(-L * 0.08, 0, 2.2, L * 0.6, W - 0.3, 0.6, '#22324a');
  b.box(L * 0.23, 0, 2.25, 0.2, W - 0.5, 0.4, GLASS);
  b.cylinder(-L * 0.1, 0, 2.8, 0.35, 0.4, 0.4, '#1c1f24', 8);
}

const BUILDERS: Record<VehicleKind, (b: MergeBuilder) => void> = { awc, ambulance, mobilKomando: komando, rantis };

/** The merged geometry of one vehicle kind. */
export function createVehicleGeometry(kind: VehicleKind): BufferGeometry {
  const b = new MergeBuilder(0, 0);
  BUILDERS[kind](b);
  return b.build()!;
}
