import { detHypot } from '../math/deterministic';
import type { Perception, SeenUnit } from './perception';

/**
 * Weaknesses in the police deployment as the crowd sees them: a closed gate nobody guards, a fence
 * panel far from any officer, a thin line (a unit facing the crowd with few officers standing), and
 * whether the police still hold reserves back (units standing away from every group): with none left,
 * every other weakness is worth more. Scores are 0..1, higher is weaker.
 */

/** Kinds of weakness. */
export const weaknessKinds = ['unguarded_gate', 'far_panel', 'thin_line', 'reserves_committed'] as const;
/** One of {@link weaknessKinds}. */
export type WeaknessKind = (typeof weaknessKinds)[number];

/** A weakness the AI may go for. */
export interface Weakness {
  kind: WeaknessKind;
  score: number;
  x: number;
  y: number;
  /** The gate (unguarded_gate), the police unit (thin_line), or null. */
  targetId: string | null;
}

/** Officers counted as guarding a point: full weight within 15 m, none beyond 50 m. */
export function guardAt(units: readonly SeenUnit[], x: number, y: number): number {
  let guard = 0;
  for (const u of units) {
    const d = detHypot(u.x - x, u.y - y);
    if (d >= 50) continue;
    guard += u.officers * (d <= 15 ? 1 : (50 - d) / 35);
  }
  return guard;
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Share (0..1) of the police's standing officers that are held back, away from every group (uncommitted reserves). */
export function reserveShare(p: Perception): number {
  let total = 0;
  let held = 0;
  for (const u of p.units) {
    total += u.officers;
    if (u.activity === 'idle' && p.groups.every((g) => detHypot(g.x - u.x, g.y - u.y) > 60)) held += u.officers;
  }
  return total === 0 ? 0 : held / total;
}

/** Every weakness the crowd sees now, weakest first (at most `limit`). */
export function findWeaknesses(p: Perception, limit = 12): Weakness[] {
  const out: Weakness[] = [];
  const committed = 1 - reserveShare(p);
  const boost = (v: number): number => clamp01(v * (0.8 + 0.2 * committed));
  for (const o of p.openings) {
    if (o.kind !== 'gate' || !o.closed || !o.breachable) continue;
    out.push({ kind: 'unguarded_gate', score: boost(1 - Math.min(1, guardAt(p.units, o.x, o.y) / 40)), x: o.x, y: o.y, targetId: o.id });
  }
  // Fence panels: the few farthest from any officer (a sample every other panel keeps this cheap).
  const panels: Weakness[] = [];
  for (const pn of p.panels) {
    let nearest = Infinity;
    for (const u of p.units) nearest = Math.min(nearest, detHypot(u.x - pn.x, u.y - pn.y));
    panels.push({ kind: 'far_panel', score: boost(clamp01((nearest - 15) / 45)), x: pn.x, y: pn.y, targetId: null });
  }
  panels.sort((a, b) => b.score - a.score || a.x - b.x || a.y - b.y);
  out.push(...panels.slice(0, 3));
  for (const u of p.units) {
    // Units that hold no line (the water cannon, medics, negotiators, the regency's liaison) are no thin line.
    if (u.type === 'water_cannon' || u.type === 'dokkes' || u.type === 'negosiator' || u.type === 'pemda_liaison') continue;
    if (!p.groups.some((g) => detHypot(g.x - u.x, g.y - u.y) < 45)) continue;
    const thin = clamp01(1 - u.officers / 30) * (u.stance === 'hold' ? 0.8 : 1);
    out.push({ kind: 'thin_line', score: boost(thin), x: u.x, y: u.y, targetId: u.id });
  }
  if (p.units.length > 0 && committed >= 0.85) out.push({ kind: 'reserves_committed', score: committed, x: 0, y: 0, targetId: null });
  out.sort((a, b) => b.score - a.score || weaknessKinds.indexOf(a.kind) - weaknessKinds.indexOf(b.kind));
  return out.slice(0, limit);
}
