/**
 * Cross-runtime deterministic math for the engine.
 *
 * ECMAScript fixes the results of + - * / and Math.sqrt (IEEE 754, correctly rounded), but leaves
 * Math.sin, cos, atan2, exp, pow, hypot and `**` "implementation-approximated". Different V8 versions
 * (the browser-mode host runs in Node, the renderer in Chromium; a saved session may be replayed by a
 * later build) can differ in the last bit, and a simulation amplifies one bit into a different game.
 * The e2e play-through found exactly that: Node 20 and Chromium 156 agreed for two turns and then
 * diverged. So the engine uses only the functions below, built from exactly-specified operations;
 * `scripts/check-deterministic-math.mjs` (run by `npm run lint:imports`) forbids the others in
 * shared/engine and shared/venue.
 *
 * Accuracy is a few ulp over the ranges the game uses (angles within ±1e5 rad, exp arguments within
 * ±700); the polynomials are the fdlibm kernels and plain Taylor series.
 */

const HALF_PI = 1.5707963267948966;
/** π/2 split in a high part with trailing zero bits and the remainder (fdlibm pio2_1, pio2_1t). */
const PIO2_HI = 1.57079632673412561417e0;
const PIO2_LO = 6.07710050650619224932e-11;
const TWO_OVER_PI = 6.36619772367581382433e-1;
const PI = 3.141592653589793;
const PI_OVER_6 = 0.5235987755982989;
const SQRT3 = 1.7320508075688772;
const TAN_PI_OVER_12 = 0.2679491924311227;
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e0;

/** sin on [-π/4, π/4] (fdlibm __kernel_sin coefficients). */
function kernelSin(x: number): number {
  const z = x * x;
  return x + x * z * (-1.66666666666666324348e-1 + z * (8.33333333332248946124e-3 + z * (-1.98412698298579493134e-4 +
    z * (2.75573137070700676789e-6 + z * (-2.50507602534068634195e-8 + z * 1.58969099521155010221e-10)))));
}

/** cos on [-π/4, π/4] (fdlibm __kernel_cos coefficients). */
function kernelCos(x: number): number {
  const z = x * x;
  return 1 - 0.5 * z + z * z * (4.16666666666666019037e-2 + z * (-1.38888888888741095749e-3 + z * (2.48015872894767294178e-5 +
    z * (-2.75573143513906633035e-7 + z * (2.08757232129817482790e-9 + z * -1.13596475577881948265e-11)))));
}

/** Quadrant and reduced argument of `x` (x = q·π/2 + r, |r| ≤ π/4). */
function reduce(x: number): { q: number; r: number } {
  const q = Math.round(x * TWO_OVER_PI);
  return { q: ((q % 4) + 4) % 4, r: x - q * PIO2_HI - q * PIO2_LO };
}

/** Deterministic sine. */
export function detSin(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  const { q, r } = reduce(x);
  return q === 0 ? kernelSin(r) : q === 1 ? kernelCos(r) : q === 2 ? -kernelSin(r) : -kernelCos(r);
}

/** Deterministic cosine. */
export function detCos(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  const { q, r } = reduce(x);
  return q === 0 ? kernelCos(r) : q === 1 ? -kernelSin(r) : q === 2 ? -kernelCos(r) : kernelSin(r);
}

/** Taylor coefficients of atan: ±1/k for k = 23, 21, ..., 3 (highest first, for Horner's rule). */
const ATAN_COEFFICIENTS: readonly number[] = Array.from({ length: 11 }, (_, i) => 23 - 2 * i).map((k) => (k % 4 === 1 ? 1 : -1) / k);

const [A23, A21, A19, A17, A15, A13, A11, A9, A7, A5, A3] = ATAN_COEFFICIENTS as [number, number, number, number, number, number, number, number, number, number, number];

/**
 * atan on [0, tan(π/12)]: odd Taylor series to x^23 (error below 1e-15 there). Horner's rule written
 * out (the same operations in the same order as a loop over ATAN_COEFFICIENTS, so the same bits):
 * the engine calls this for every moving agent every tick, and the loop cost a third more.
 */
function atanSmall(x: number): number {
  const z = x * x;
  const sum = A3 + z * (A5 + z * (A7 + z * (A9 + z * (A11 + z * (A13 + z * (A15 + z * (A17 + z * (A19 + z * (A21 + z * (A23 + z * 0))))))))));
  return x + x * z * sum;
}

/** Deterministic arctangent. */
export function detAtan(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const negative = x < 0;
  let v = negative ? -x : x;
  let offset = 0;
  let invert = false;
  if (v > 1) {
    v = 1 / v;
    invert = true;
  }
  if (v > TAN_PI_OVER_12) {
    v = (v * SQRT3 - 1) / (v + SQRT3);
    offset = PI_OVER_6;
  }
  let result = offset + atanSmall(v);
  if (invert) result = HALF_PI - result;
  return negative ? -result : result;
}

/** True for -0 and negative numbers (atan2 distinguishes the two zeros, as Math.atan2 does). */
function signBitSet(v: number): boolean {
  return v < 0 || (v === 0 && 1 / v < 0);
}

/** Deterministic atan2 (angle of the vector (x, y), radians in [-π, π]), with Math.atan2's zero rules. */
export function detAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (y === 0) return signBitSet(x) ? (signBitSet(y) ? -PI : PI) : y;
  if (x === 0) return y > 0 ? HALF_PI : -HALF_PI;
  const base = detAtan(y / x);
  if (x > 0) return base;
  return y > 0 ? base + PI : base - PI;
}

const scaleView = new DataView(new ArrayBuffer(8));

/** 2^k for an integer k in [-1022, 1023], exactly. */
function powerOfTwo(k: number): number {
  scaleView.setUint32(0, (k + 1023) << 20, false);
  scaleView.setUint32(4, 0, false);
  return scaleView.getFloat64(0, false);
}

/** Deterministic e^x (0 below -700, Infinity above 700). */
export function detExp(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > 700) return Number.POSITIVE_INFINITY;
  if (x < -700) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 13; n++) {
    term = (term * r) / n;
    sum += term;
  }
  return sum * powerOfTwo(k);
}

/** Deterministic length of (x, y): sqrt is correctly rounded, unlike Math.hypot's implementation. */
export function detHypot(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}

/** x², written as a product (the `**` operator is implementation-approximated like Math.pow). */
export function detSquare(x: number): number {
  return x * x;
}
