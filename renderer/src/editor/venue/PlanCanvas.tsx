import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type WheelEvent } from 'react';
import type { Vec2 } from '../../../../shared/venue/geometry';
import type { VenueFile } from '../../../../shared/venue/schema';
import { useT } from '../../i18n/useT';
import { clickAt, finishDrawing, select, snappedPoint } from './toolActions';
import { editVenue, lineTools, polygonTools, useVenueEditor, type VenueSelection } from './venueEditorStore';

/**
 * The 2D plan: the venue drawn in SVG in metres (north up), the background image under it, the
 * navigation preview over it, the shape being drawn with a rubber band to the pointer, and handles on
 * the selected element's points that can be dragged (one undoable edit per drag). The wheel zooms about
 * the pointer. The rubber band is moved by writing its attribute, not through React state.
 */

/** Props of {@link PlanCanvas}. */
export interface PlanCanvasProps {
  /** The navigation preview as an image over the bounds, or null when hidden. */
  navImage: string | null;
  /** Called when the scale tool has its two points and needs the measured metres. */
  onAskScale(): void;
}

const GROUND_FILL: Record<string, string> = { road: '#6b6f76', sidewalk: '#a9a59b', yard: '#c8bfa6', parking: '#8d8f93', field: '#7fa86a', grass: '#8fbf76' };
const pts = (points: readonly Vec2[]) => points.map((p) => `${p[0]},${-p[1]}`).join(' ');

/** The four corners of a parked car (heading in radians from east, as the venue file and compile.ts). */
function carOutline(c: { x: number; y: number; heading: number; length: number; width: number }): Vec2[] {
  const cos = Math.cos(c.heading);
  const sin = Math.sin(c.heading);
  return [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([u, v]) => [c.x + (u! * c.length * cos - v! * c.width * sin) / 2, c.y + (u! * c.length * sin + v! * c.width * cos) / 2] as Vec2);
}

/** Where the pointer is on the plan, in venue metres. */
function venuePoint(svg: SVGSVGElement, clientX: number, clientY: number): Vec2 {
  const ctm = svg.getScreenCTM();
  if (!ctm) return [0, 0];
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  return [p.x, -p.y];
}

/** The points of the selected element that can be dragged, with the path of each in the venue file. */
function handlesOf(v: VenueFile, sel: VenueSelection | null): { point: Vec2; set: (d: VenueFile, p: [number, number]) => void }[] {
  if (!sel) return [];
  const byId = <T extends { id: string }>(list: readonly T[]) => list.findIndex((x) => x.id === sel.key);
  const poly = (get: (d: VenueFile) => [number, number][] | undefined) => (get(v) ?? []).map((point, k) => ({ point, set: (d: VenueFile, p: [number, number]) => { get(d)![k] = p; } }));
  switch (sel.list) {
    case 'ground': { const i = byId(v.ground); return i < 0 ? [] : poly((d) => d.ground[i]?.polygon); }
    case 'buildings': { const i = byId(v.buildings); return i < 0 ? [] : poly((d) => d.buildings[i]?.footprint); }
    case 'walls': { const i = byId(v.walls); return i < 0 ? [] : poly((d) => d.walls[i]?.points); }
    case 'crowdArrival': { const i = byId(v.crowdArrival); return i < 0 ? [] : poly((d) => d.crowdArrival[i]?.polygon); }
    case 'policeStaging': { const i = byId(v.policeStaging); return i < 0 ? [] : poly((d) => d.policeStaging[i]?.polygon); }
    case 'protectedPlaces': { const i = byId(v.protectedPlaces); return i < 0 ? [] : [{ point: v.protectedPlaces[i]!.at, set: (d, p) => { d.protectedPlaces[i]!.at = p; } }]; }
    case 'protectedPeople': { const i = byId(v.protectedPeople); return i < 0 ? [] : [{ point: v.protectedPeople[i]!.at, set: (d, p) => { d.protectedPeople[i]!.at = p; } }]; }
    case 'cars': { const i = Number(sel.key); const c = v.cars[i]; return c ? [{ point: [c.x, c.y], set: (d, p) => { d.cars[i]!.x = p[0]; d.cars[i]!.y = p[1]; } }] : []; }
    case 'trees': { const i = Number(sel.key); const t = v.trees[i]; return t ? [{ point: [t.x, t.y], set: (d, p) => { d.trees[i]!.x = p[0]; d.trees[i]!.y = p[1]; } }] : []; }
    default: return [];
  }
}

/** The plan canvas. */
export function PlanCanvas({ navImage, onAskScale }: PlanCanvasProps) {
  const t = useT();
  const venue = useVenueEditor((s) => s.doc.venue);
  const tool = useVenueEditor((s) => s.tool);
  const drawing = useVenueEditor((s) => s.drawing);
  const selection = useVenueEditor((s) => s.selection);
  const background = useVenueEditor((s) => s.background);
  const svgRef = useRef<SVGSVGElement>(null);
  const bandRef = useRef<SVGPolylineElement>(null);
  const b = venue.bounds;
  const pad = Math.max(b.maxX - b.minX, b.maxY - b.minY) * 0.04;
  const full = { x: b.minX - pad, y: -b.maxY - pad, w: b.maxX - b.minX + 2 * pad, h: b.maxY - b.minY + 2 * pad };
  const [view, setView] = useState(full);
  const [drag, setDrag] = useState<{ index: number; point: Vec2 } | null>(null);
  useEffect(() => setView(full), [b.minX, b.minY, b.maxX, b.maxY]); // eslint-disable-line react-hooks/exhaustive-deps
  const handles = handlesOf(venue, selection);
  const scale = view.w / 800;

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || !svgRef.current) return;
    const p = venuePoint(svgRef.current, e.clientX, e.clientY);
    if (tool === 'select') {
      if (!(e.target instanceof Element) || !e.target.closest('[data-key]')) select(null);
      return;
    }
    if (clickAt(p) === 'askScale') onAskScale();
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!svgRef.current) return;
    const p = venuePoint(svgRef.current, e.clientX, e.clientY);
    if (drag) setDrag({ index: drag.index, point: snappedPoint(p) });
    const band = bandRef.current;
    const last = drawing.at(-1);
    if (band && last) band.setAttribute('points', pts([last, snappedPoint(p)]));
  };
  const onPointerUp = () => {
    if (!drag) return;
    const handle = handles[drag.index];
    if (handle) editVenue((d) => handle.set(d as VenueFile, [drag.point[0], drag.point[1]]));
    setDrag(null);
  };
  const onWheel = useCallback((e: WheelEvent<SVGSVGElement>) => {
    if (!svgRef.current) return;
    const ctm = svgRef.current.getScreenCTM();
    if (!ctm) return;
    const c = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const k = e.deltaY > 0 ? 1.15 : 1 / 1.15;
    setView((v) => ({ x: c.x - (c.x - v.x) * k, y: c.y - (c.y - v.y) * k, w: v.w * k, h: v.h * k }));
  }, []);
  const selectable = (list: VenueSelection['list'], key: string, base = '') => ({
    'data-key': `${list}:${key}`,
    className: `${base} plan-item${selection?.list === list && selection.key === key ? ' selected' : ''}`,
    onPointerDown: tool === 'select' ? () => select({ list, key }) : undefined,
  });

  return (
    <div className="plan-wrap">
      <svg
        ref={svgRef}
        className={`plan-canvas tool-${tool}`}
        data-testid="plan-canvas"
        viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
        preserveAspectRatio="xMidYMid meet"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onDoubleClick={() => lineTools.has(tool) && finishDrawing()}
        onWheel={onWheel}
        role="application"
        aria-label={t('editor.venue.planLabel')}
      >
        <rect x={b.minX} y={-b.maxY} width={b.maxX - b.minX} height={b.maxY - b.minY} className="plan-bounds" />
        {background && (
          <image href={background.dataUrl} x={background.x} y={-background.y} width={background.width * background.metresPerPixel} height={background.height * background.metresPerPixel} opacity={background.opacity} preserveAspectRatio="none" />
        )}
        {venue.ground.map((g) => <polygon key={g.id} points={pts(g.polygon)} fill={GROUND_FILL[g.kind]} {...selectable('ground', g.id)} />)}
        {venue.crowdArrival.map((z) => <polygon key={z.id} points={pts(z.polygon)} {...selectable('crowdArrival', z.id, 'zone-arrival')} />)}
        {venue.policeStaging.map((z) => <polygon key={z.id} points={pts(z.polygon)} {...selectable('policeStaging', z.id, 'zone-staging')} />)}
        {venue.buildings.map((bd) => (
          <g key={bd.id} {...selectable('buildings', bd.id)}>
            <polygon points={pts(bd.footprint)} className="building" />
            {bd.rooms.map((r) => <polygon key={r.id} points={pts(r.polygon)} className={r.kind === 'pleno_hall' ? 'room room-pleno' : 'room'} />)}
            {bd.entrances.map((e) => <line key={e.id} x1={e.a[0]} y1={-e.a[1]} x2={e.b[0]} y2={-e.b[1]} className="door" />)}
          </g>
        ))}
        {venue.walls.map((w) => <polyline key={w.id} points={pts(w.points)} {...selectable('walls', w.id, w.kind === 'fence' ? 'fence' : 'wall')} />)}
        {venue.gates.map((g) => <line key={g.id} x1={g.a[0]} y1={-g.a[1]} x2={g.b[0]} y2={-g.b[1]} {...selectable('gates', g.id, g.state === 'open' ? 'gate gate-open' : 'gate')} />)}
        {venue.barriers.map((x) => <line key={x.id} x1={x.a[0]} y1={-x.a[1]} x2={x.b[0]} y2={-x.b[1]} {...selectable('barriers', x.id, 'barrier')} />)}
        {venue.structures.map((s) => (s.footprint ? <polygon key={s.id} points={pts(s.footprint)} {...selectable('structures', s.id, 'structure')} /> : null))}
        {venue.cars.map((c, k) => <polygon key={`car-${k}`} points={pts(carOutline(c))} {...selectable('cars', String(k), 'car')} />)}
        {venue.trees.map((tr, k) => <circle key={`tree-${k}`} cx={tr.x} cy={-tr.y} r={tr.radius} {...selectable('trees', String(k), 'tree')} />)}
        {venue.protectedPlaces.map((p) => <rect key={p.id} x={p.at[0] - 1.2} y={-p.at[1] - 1.2} width={2.4} height={2.4} {...selectable('protectedPlaces', p.id, 'protected-place')} />)}
        {venue.protectedPeople.map((p) => <circle key={p.id} cx={p.at[0]} cy={-p.at[1]} r={1.2} {...selectable('protectedPeople', p.id, 'protected-person')} />)}
        {navImage && <image href={navImage} x={b.minX} y={-b.maxY} width={b.maxX - b.minX} height={b.maxY - b.minY} preserveAspectRatio="none" className="nav-overlay" data-testid="nav-overlay" style={{ imageRendering: 'pixelated' }} />}
        {drawing.length > 0 && (
          <g className="drawing">
            {polygonTools.has(tool) && drawing.length >= 3 ? <polygon points={pts(drawing)} /> : <polyline points={pts(drawing)} />}
            <polyline ref={bandRef} className="rubber-band" />
            {drawing.map((p, k) => <circle key={k} cx={p[0]} cy={-p[1]} r={0.5 * scale * 4} />)}
          </g>
        )}
        {handles.map((h, k) => {
          const p = drag?.index === k ? drag.point : h.point;
          return (
            <circle
              key={k}
              cx={p[0]}
              cy={-p[1]}
              r={scale * 5}
              className="handle"
              data-testid={`handle-${k}`}
              onPointerDown={(e) => {
                if (tool !== 'select') return;
                e.stopPropagation();
                (e.currentTarget.ownerSVGElement ?? e.currentTarget).setPointerCapture?.(e.pointerId);
                setDrag({ index: k, point: h.point });
              }}
            />
          );
        })}
      </svg>
      <div className="plan-zoom">
        <button type="button" className="button button-small" onClick={() => setView(full)}>{t('editor.venue.fit')}</button>
      </div>
    </div>
  );
}
