import { flowAt, UNREACHABLE, type NavGrid } from '../../venue/index';

/**
 * Steering helpers for the hot loop. They write the desired velocity into the shared `out` pair
 * instead of returning objects, so the tick allocates nothing per agent.
 */

/**
 * Desired velocity toward (tx, ty) at `speed`, walking down `field` when given (round walls and
 * through gates), straight otherwise; zero within `arrive` metres. Returns the remaining distance.
 */
export function steerTo(
  nav: NavGrid, field: Float32Array | null, x: number, y: number, tx: number, ty: number, speed: number, arrive: number, out: Float32Array,
): number {
  const dx = tx - x;
  const dy = ty - y;
  const direct = Math.sqrt(dx * dx + dy * dy);
  if (field !== null && direct > 2) {
    const d = flowAt(nav, field, x, y, out);
    if (d < UNREACHABLE && (out[0] !== 0 || out[1] !== 0)) {
      if (d <= arrive) {
        out[0] = 0;
        out[1] = 0;
      } else {
        const s = Math.min(speed, d);
        out[0] = out[0]! * s;
        out[1] = out[1]! * s;
      }
      return d;
    }
  }
  if (direct <= arrive || direct < 1e-6) {
    out[0] = 0;
    out[1] = 0;
    return direct;
  }
  // Slow down over the last metre so bodies settle instead of oscillating around their spot.
  const s = Math.min(speed, direct * 1.2) / direct;
  out[0] = dx * s;
  out[1] = dy * s;
  return direct;
}

/** Desired velocity down a zone field (exits, holding area); zero inside the zone. Returns the distance. */
export function steerField(nav: NavGrid, field: Float32Array, x: number, y: number, speed: number, out: Float32Array): number {
  const d = flowAt(nav, field, x, y, out);
  if (d >= UNREACHABLE || d < 0.5) {
    out[0] = 0;
    out[1] = 0;
    return d;
  }
  out[0] = out[0]! * speed;
  out[1] = out[1]! * speed;
  return d;
}
