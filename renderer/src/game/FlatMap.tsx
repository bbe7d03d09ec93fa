import { useEffect, useRef } from 'react';
import { getVenue } from '../../../shared/venue/index';
import type { GameSceneProps } from '../scene/game/sceneContract';

/**
 * A flat top-down map with the game scene's props: venue segments, agents as dots, plan overlays.
 * It stands in for the 3D scene where that is missing, and draws from the frame source on every
 * animation frame (no React state per frame). Click selects the nearest selectable unit or points
 * at the ground; dragging gives `dragTo`; the right button is 'secondary'.
 */
export function FlatMap(props: GameSceneProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const propsRef = useRef(props);
  propsRef.current = props;

  useEffect(() => {
    const canvas = canvasRef.current;
    const venue = getVenue(props.venueId);
    if (!canvas || !venue) return;
    const b = venue.file.bounds;
    let handle = 0;
    const transform = () => {
      const scale = Math.min(canvas.width / (b.maxX - b.minX), canvas.height / (b.maxY - b.minY));
      const ox = (canvas.width - (b.maxX - b.minX) * scale) / 2;
      const oy = (canvas.height - (b.maxY - b.minY) * scale) / 2;
      return { scale, toScreen: (x: number, y: number): [number, number] => [ox + (x - b.minX) * scale, canvas.height - oy - (y - b.minY) * scale],
        toWorld: (sx: number, sy: number): [number, number] => [b.minX + (sx - ox) / scale, b.minY + (canvas.height - oy - sy) / scale] };
    };
    const draw = () => {
      const p = propsRef.current;
      const rect = canvas.getBoundingClientRect();
      if (canvas.width !== Math.round(rect.width) || canvas.height !== Math.round(rect.height)) {
        canvas.width = Math.max(1, Math.round(rect.width));
        canvas.height = Math.max(1, Math.round(rect.height));
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const { scale, toScreen } = transform();
      ctx.fillStyle = '#3d5a3a';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.strokeStyle = '#d8d2c0';
      ctx.lineWidth = 2;
      for (const s of venue.segments) {
        ctx.beginPath();
        ctx.moveTo(...toScreen(s.ax, s.ay));
        ctx.lineTo(...toScreen(s.bx, s.by));
        ctx.stroke();
      }
      const f = p.agents?.frame();
      if (f && p.agents) {
        const colours = p.units.map((u) => (u.side === 'police' ? (u.id === p.selectedUnitId ? '#ffeb3b' : '#4f8df7') : u.side === 'crowd' ? '#e8833a' : '#ffffff'));
        for (let i = 0; i < p.agents.count; i++) {
          const x = f.prevX[i]! + (f.x[i]! - f.prevX[i]!) * f.alpha;
          const y = f.prevY[i]! + (f.y[i]! - f.prevY[i]!) * f.alpha;
          const [sx, sy] = toScreen(x, y);
          ctx.fillStyle = colours[f.unit[i]!] ?? '#999';
          ctx.fillRect(sx - 1.5, sy - 1.5, 3, 3);
        }
      }
      ctx.lineWidth = 2;
      for (const o of p.overlays) {
        ctx.strokeStyle = o.color;
        ctx.beginPath();
        if (o.kind === 'path') o.points.forEach((pt, k) => (k === 0 ? ctx.moveTo(...toScreen(...pt)) : ctx.lineTo(...toScreen(...pt))));
        else if (o.kind === 'line') { ctx.moveTo(...toScreen(...o.from)); ctx.lineTo(...toScreen(...o.to)); }
        else ctx.arc(...toScreen(...o.centre), o.radius * scale, 0, Math.PI * 2);
        ctx.stroke();
      }
      handle = requestAnimationFrame(draw);
    };
    handle = requestAnimationFrame(draw);
    let down: [number, number] | null = null;
    const local = (e: PointerEvent): [number, number] => {
      const r = canvas.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    const onDown = (e: PointerEvent) => { down = local(e); };
    const onUp = (e: PointerEvent) => {
      if (!down) return;
      const { scale, toWorld } = transform();
      const up = local(e);
      const start = toWorld(...down);
      const dragged = Math.hypot(up[0] - down[0], up[1] - down[1]) > 8;
      down = null;
      const p = propsRef.current;
      const button = e.button === 2 ? 'secondary' : 'primary';
      if (!dragged && button === 'primary') {
        const hit = p.units.filter((u) => u.selectable).find((u) => Math.hypot(u.centre[0] - start[0], u.centre[1] - start[1]) * scale < 14);
        if (hit) { p.onSelectUnit(hit.id); return; }
      }
      p.onGroundPointer({ point: start, dragTo: dragged ? toWorld(...up) : undefined, button, shift: e.shiftKey });
    };
    const onContext = (e: Event) => e.preventDefault();
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('contextmenu', onContext);
    return () => {
      cancelAnimationFrame(handle);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('contextmenu', onContext);
    };
  }, [props.venueId]);

  return <canvas ref={canvasRef} className="flat-map" data-testid="game-canvas" />;
}
