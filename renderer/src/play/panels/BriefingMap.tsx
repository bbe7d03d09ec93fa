import { textIn, useLanguage, useT } from '../../i18n/useT';
import type { BriefingMap as MapData } from '../briefingMap';

const GROUND: Record<string, string> = { grass: '#6f9157', road: '#4a4a4a', sidewalk: '#a8a59c', yard: '#d8cfb8', parking: '#9a9890' };

/**
 * The briefing's map of start positions and objectives, drawn as SVG from `briefingMapOf` (north up,
 * venue metres): police units as numbered blue discs (reserves dashed), crowd arrival zones in red,
 * protected people as gold stars, the crowd's objectives as red rings; a numbered key underneath.
 * Prints with the briefing.
 */
export function BriefingMap({ map }: { map: MapData }) {
  const t = useT();
  const language = useLanguage();
  const { minX, minY, maxX, maxY } = map.bounds;
  const fy = (y: number) => maxY + minY - y;
  const pts = (polygon: readonly [number, number][]) => polygon.map(([x, y]) => `${x},${fy(y)}`).join(' ');
  const scale = Math.max(maxX - minX, maxY - minY) / 160;
  const r = 3.2 * scale;
  const font = 3.4 * scale;
  // A label near a side of the venue is anchored to that side, so it is not cut off.
  const margin = 22 * scale;
  const anchorOf = (x: number) => (x > maxX - margin ? 'end' : x < minX + margin ? 'start' : 'middle');
  const clampX = (x: number) => (x > maxX - margin ? maxX - scale : x < minX + margin ? minX + scale : x);
  return (
    <figure className="briefing-map" data-testid="briefing-map">
      <svg viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`} role="img" aria-label={t('briefingMap.label')}>
        <rect x={minX} y={minY} width={maxX - minX} height={maxY - minY} fill="#6f9157" />
        {map.ground.map((g, i) => <polygon key={i} points={pts(g.polygon)} fill={GROUND[g.kind] ?? '#888'} />)}
        {map.buildings.map((b, i) => <polygon key={i} points={pts(b.polygon)} fill="#9c4a3c" stroke="#4a2018" strokeWidth={0.4 * scale} />)}
        {map.walls.map((w, i) => <polyline key={i} points={pts(w)} fill="none" stroke="#222" strokeWidth={0.6 * scale} />)}
        {map.gates.map((g) => <line key={g.id} x1={g.a[0]} y1={fy(g.a[1])} x2={g.b[0]} y2={fy(g.b[1])} stroke="#e0a526" strokeWidth={1.6 * scale} />)}
        {map.crowd.map((g) => (
          <g key={g.id} data-testid={`briefing-map-crowd-${g.id}`}>
            <polygon points={pts(g.polygon)} fill="rgba(200,40,30,0.35)" stroke="#c23a30" strokeWidth={0.5 * scale} strokeDasharray={g.reserve ? `${2 * scale} ${1.5 * scale}` : undefined} />
            <text x={clampX(g.centre[0])} y={fy(g.centre[1])} fontSize={font} textAnchor={anchorOf(g.centre[0])} dominantBaseline="middle" fill="#fff" stroke="#5a0f0a" strokeWidth={0.25 * scale} paintOrder="stroke">
              {textIn(language, g.name)}
            </text>
          </g>
        ))}
        {map.objectives.map((o, i) => (
          <g key={i}>
            {o.polygon && <polygon points={pts(o.polygon)} fill="rgba(200,40,30,0.25)" stroke="#ff3b2f" strokeWidth={0.6 * scale} strokeDasharray={`${1.5 * scale} ${1 * scale}`} />}
            <circle cx={o.at[0]} cy={fy(o.at[1])} r={r * 1.6} fill="none" stroke="#ff3b2f" strokeWidth={0.7 * scale} />
          </g>
        ))}
        {map.protectedPeople.map((p) => (
          <text key={p.id} x={p.at[0]} y={fy(p.at[1])} fontSize={font * 1.6} textAnchor="middle" dominantBaseline="middle" fill="#ffd21a" stroke="#5a4500" strokeWidth={0.2 * scale} paintOrder="stroke">★</text>
        ))}
        {map.police.map((u, i) => (
          <g key={u.id} data-testid={`briefing-map-unit-${u.id}`}>
            <circle cx={u.at[0]} cy={fy(u.at[1])} r={r} fill={u.reserve ? 'rgba(47,100,176,0.25)' : '#2f64b0'} stroke="#fff" strokeWidth={0.4 * scale}
              strokeDasharray={u.reserve ? `${1 * scale} ${0.8 * scale}` : undefined} />
            <text x={u.at[0]} y={fy(u.at[1])} fontSize={font} textAnchor="middle" dominantBaseline="central" fill="#fff" fontWeight={700}>{i + 1}</text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ol className="briefing-map-key">
          {map.police.map((u) => <li key={u.id}>{u.name}{u.reserve ? ` (${t('briefingMap.reserve')})` : ''}</li>)}
        </ol>
        <p className="summary-detail">
          {t('briefingMap.legend')}
          {map.objectives.length > 0 && ` ${t('briefingMap.objectives', { names: [...new Set(map.objectives.map((o) => o.name))].join(', ') })}`}
        </p>
      </figcaption>
    </figure>
  );
}
