import {
  BoxGeometry, BufferAttribute, BufferGeometry, Color, ConeGeometry, CylinderGeometry, Euler, Float32BufferAttribute,
  IcosahedronGeometry, Matrix4, Quaternion, ShapeUtils, Vector2, Vector3, type ColorRepresentation,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * Collects many small coloured primitives in VENUE coordinates (x east, y north, z up; the builder
 * shifts them so the site's centre is the scene origin) and merges them into one non-indexed BufferGeometry with
 * per-vertex colours, so a whole category of static things is one draw call with one material.
 * Yaw is the venue heading: radians counter-clockwise from east, which is three's rotation about +Y.
 */
export class MergeBuilder {
  private readonly parts: BufferGeometry[] = [];
  private readonly matrix = new Matrix4();
  private readonly quaternion = new Quaternion();
  private readonly euler = new Euler();
  private readonly position = new Vector3();
  private readonly scale = new Vector3(1, 1, 1);
  private readonly color = new Color();

  /** `cx`, `cy`: the venue point that becomes the scene origin. */
  constructor(private readonly cx = 0, private readonly cy = 0) {}

  /** Adds a geometry, coloured `color`, placed at venue (x, y) with its base/centre at height z. */
  add(geometry: BufferGeometry, color: ColorRepresentation, x: number, y: number, z: number, yaw = 0, pitch = 0, roll = 0): void {
    const g = geometry.index ? geometry.toNonIndexed() : geometry;
    if (g !== geometry) geometry.dispose();
    g.deleteAttribute('uv');
    this.euler.set(pitch, yaw, roll, 'YXZ');
    this.quaternion.setFromEuler(this.euler);
    this.position.set(x - this.cx, z, this.cy - y);
    this.matrix.compose(this.position, this.quaternion, this.scale);
    g.applyMatrix4(this.matrix);
    this.color.set(color);
    const n = g.getAttribute('position').count;
    const colors = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) {
      colors[i * 3] = this.color.r;
      colors[i * 3 + 1] = this.color.g;
      colors[i * 3 + 2] = this.color.b;
    }
    g.setAttribute('color', new BufferAttribute(colors, 3));
    this.parts.push(g);
  }

  /** A box `length` along the heading, `width` across it, `height` up, standing on height z. */
  box(x: number, y: number, z: number, length: number, width: number, height: number, color: ColorRepresentation, yaw = 0): void {
    if (length <= 0 || width <= 0 || height <= 0) return;
    this.add(new BoxGeometry(length, height, width), color, x, y, z + height / 2, yaw);
  }

  /** A box spanning the segment a -> b (e.g. a wall), `thickness` across, from height z to z + height. */
  segmentBox(ax: number, ay: number, bx: number, by: number, z: number, thickness: number, height: number, color: ColorRepresentation): void {
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    if (len < 1e-3) return;
    this.box((ax + bx) / 2, (ay + by) / 2, z, len, thickness, height, color, Math.atan2(dy, dx));
  }

  /** An upright cylinder (or prism with few `sides`) standing on height z. */
  cylinder(x: number, y: number, z: number, radiusTop: number, radiusBottom: number, height: number, color: ColorRepresentation, sides = 8): void {
    this.add(new CylinderGeometry(radiusTop, radiusBottom, height, sides, 1), color, x, y, z + height / 2);
  }

  /** A wheel-like cylinder lying across the heading (axis along venue y), centred at height r. */
  cylinderAlongY(x: number, y: number, radiusTop: number, radiusBottom: number, length: number, color: ColorRepresentation, sides = 10): void {
    this.add(new CylinderGeometry(radiusTop, radiusBottom, length, sides, 1), color, x, y, radiusTop, 0, Math.PI / 2);
  }

  /** An upright cone standing on height z. */
  cone(x: number, y: number, z: number, radius: number, height: number, color: ColorRepresentation, sides = 8, yaw = 0): void {
    this.add(new ConeGeometry(radius, height, sides, 1), color, x, y, z + height / 2, yaw);
  }

  /** A low-poly ball centred at height z, squashed vertically by `squash`. */
  ball(x: number, y: number, z: number, radius: number, color: ColorRepresentation, squash = 1, detail = 1): void {
    const g = new IcosahedronGeometry(radius, detail);
    g.scale(1, squash, 1);
    this.add(g, color, x, y, z);
  }

  /** A flat, upward-facing polygon (venue points) at height z; concave shapes are fine. */
  flat(points: readonly (readonly [number, number])[], z: number, color: ColorRepresentation): void {
    const contour = points.map(([x, y]) => new Vector2(x, y));
    const tris = ShapeUtils.triangulateShape(contour, []);
    const pos: number[] = [];
    for (const [a, b, c] of tris) {
      const pa = points[a!]!, pb = points[b!]!, pc = points[c!]!;
      // Wind every triangle counter-clockwise in the venue plane: that faces up in the scene.
      const ccw = (pb[0] - pa[0]) * (pc[1] - pa[1]) - (pb[1] - pa[1]) * (pc[0] - pa[0]) > 0;
      for (const p of ccw ? [pa, pb, pc] : [pa, pc, pb]) pos.push(p[0] - this.cx, z, this.cy - p[1]);
    }
    this.addScene(pos, color);
  }

  /** Adds triangles given as venue points [x, y, z], each wound so its normal points up (roofs, ramps). */
  triangles(tris: readonly (readonly [number, number, number])[][], color: ColorRepresentation): void {
    const pos: number[] = [];
    for (const t of tris) {
      const [a, b, c] = t as [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];
      const ccw = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]) > 0;
      for (const p of ccw ? [a, b, c] : [a, c, b]) pos.push(p[0] - this.cx, p[2], this.cy - p[1]);
    }
    this.addScene(pos, color);
  }

  /** Adds triangles given directly in scene coordinates (used by `flat`). */
  private addScene(scenePositions: number[], color: ColorRepresentation): void {
    if (scenePositions.length === 0) return;
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(scenePositions, 3));
    g.computeVertexNormals();
    this.add(g, color, this.cx, this.cy, 0);
  }

  /** Number of primitives collected so far. */
  get size(): number {
    return this.parts.length;
  }

  /** Merges everything into one geometry (null when empty) and frees the parts. */
  build(): BufferGeometry | null {
    if (this.parts.length === 0) return null;
    const merged = mergeGeometries(this.parts, false);
    for (const p of this.parts) p.dispose();
    this.parts.length = 0;
    merged?.computeBoundingSphere();
    return merged;
  }
}
