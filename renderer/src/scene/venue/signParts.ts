import { BufferGeometry, CanvasTexture, Float32BufferAttribute, SRGBColorSpace } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { VenueFile } from '../../../../shared/venue/schema';
import type { MergeBuilder } from './mergeBuilder';
import { VENUE_COLORS } from './venuePalette';

/**
 * Sign boards and fence banners: every text is painted once into one canvas atlas, and all faces share
 * one textured mesh (one draw call). The boards' frames and posts go into the static mesh.
 */

/** In-world banner texts hung on fences (signage of the site, not UI: they stay Indonesian). */
const BANNER_TEXTS = ['PEMILU DAMAI, AMAN DAN SEJUK', 'KAWAL REKAPITULASI SUARA'];

interface Face {
  text: string;
  style: 'sign' | 'banner';
  /** Centre of the face, venue metres, and its height above ground. */
  x: number;
  y: number;
  z: number;
  width: number;
  height: number;
  /** Direction along the face's width (venue radians); the text faces to its right. */
  heading: number;
}

/** The textured faces and their texture, ready to draw. */
export interface SignMesh {
  geometry: BufferGeometry;
  texture: CanvasTexture;
}

/** Adds posts and frames of signs and banners to `b`; returns their faces (texts) for {@link buildSignMesh}. */
export function addSignFrames(b: MergeBuilder, venue: VenueFile): Face[] {
  const faces: Face[] = [];
  for (const s of venue.signs) {
    const c = Math.cos(s.heading);
    const sn = Math.sin(s.heading);
    const base = 0.8;
    for (const side of [-1, 1]) b.box(s.x + c * side * (s.width / 2 - 0.3), s.y + sn * side * (s.width / 2 - 0.3), 0, 0.3, 0.3, base + s.height, VENUE_COLORS.signPost, s.heading);
    b.box(s.x, s.y, 0, s.width + 0.8, 1.2, 0.3, VENUE_COLORS.wallTrim, s.heading);
    b.box(s.x, s.y, base, s.width, 0.2, s.height, VENUE_COLORS.signBoard, s.heading);
    faces.push({ text: s.text, style: 'sign', x: s.x + sn * 0.11, y: s.y - c * 0.11, z: base + s.height / 2, width: s.width - 0.2, height: s.height - 0.2, heading: s.heading });
  }
  let k = 0;
  for (const wall of venue.walls) {
    if (wall.kind !== 'fence' || wall.points.length < 2) continue;
    const [a, c] = [wall.points[0]!, wall.points[1]!];
    const len = Math.hypot(c[0] - a[0], c[1] - a[1]);
    if (len < 30) continue;
    const heading = Math.atan2(c[1] - a[1], c[0] - a[0]);
    for (const u of [0.17, 0.83]) {
      const x = a[0] + (c[0] - a[0]) * u;
      const y = a[1] + (c[1] - a[1]) * u;
      // Hung on the street side of the fence.
      faces.push({ text: BANNER_TEXTS[k++ % BANNER_TEXTS.length]!, style: 'banner', x: x + Math.sin(heading) * 0.2, y: y - Math.cos(heading) * 0.2, z: wall.height * 0.55, width: 9, height: 1.1, heading });
    }
  }
  return faces;
}

const ROW = 128;
const ATLAS_W = 1024;

/** Paints all faces into one atlas and builds their textured quads (null when there are none). */
export function buildSignMesh(faces: readonly Face[], cx: number, cy: number): SignMesh | null {
  if (faces.length === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = ATLAS_W;
  canvas.height = ROW * faces.length;
  const g = canvas.getContext('2d');
  if (!g) return null;
  const quads = faces.map((f, i) => {
    paintFace(g, f, i * ROW);
    return quad(f, cx, cy, i / faces.length, (i + 1) / faces.length);
  });
  const geometry = mergeGeometries(quads, false);
  for (const q of quads) q.dispose();
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return geometry ? { geometry, texture } : null;
}

function paintFace(g: CanvasRenderingContext2D, f: Face, top: number): void {
  const sign = f.style === 'sign';
  g.fillStyle = sign ? '#f6f2e4' : '#b3202a';
  g.fillRect(0, top, ATLAS_W, ROW);
  g.fillStyle = sign ? '#c42a2a' : '#ffffff';
  g.fillRect(0, top + (sign ? ROW - 18 : 0), ATLAS_W, sign ? 18 : 8);
  if (sign) {
    // A simple emblem: a gold disc with a red star-like mark (not the real KPU logo).
    g.fillStyle = '#d8a928';
    g.beginPath();
    g.arc(70, top + 55, 40, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#c42a2a';
    g.fillRect(58, top + 30, 24, 50);
  }
  g.fillStyle = sign ? '#1d2a44' : '#ffffff';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  const left = sign ? 130 : 20;
  const room = ATLAS_W - left - 20;
  let size = 64;
  g.font = `bold ${size}px sans-serif`;
  while (g.measureText(f.text).width > room && size > 18) {
    size -= 2;
    g.font = `bold ${size}px sans-serif`;
  }
  g.fillText(f.text, left + room / 2, top + (sign ? 55 : ROW / 2));
}

function quad(f: Face, cx: number, cy: number, v0: number, v1: number): BufferGeometry {
  const c = Math.cos(f.heading);
  const s = Math.sin(f.heading);
  const hw = f.width / 2;
  const hh = f.height / 2;
  // Venue corners: left/right along the heading; scene = (x - cx, z, cy - y).
  const corner = (along: number, up: number): [number, number, number] => [f.x + c * along - cx, f.z + up, cy - (f.y + s * along)];
  const bl = corner(-hw, -hh), br = corner(hw, -hh), tr = corner(hw, hh), tl = corner(-hw, hh);
  const pos = [...bl, ...br, ...tr, ...bl, ...tr, ...tl];
  // Canvas rows go top-down; flipY of the texture maps v = 1 to the canvas top.
  const vt = 1 - v0;
  const vb = 1 - v1;
  const uv = [0, vb, 1, vb, 1, vt, 0, vb, 1, vt, 0, vt];
  const geo = new BufferGeometry();
  geo.setAttribute('position', new Float32BufferAttribute(pos, 3));
  geo.setAttribute('uv', new Float32BufferAttribute(uv, 2));
  geo.computeVertexNormals();
  return geo;
}
