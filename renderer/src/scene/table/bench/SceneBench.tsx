import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { renderStats } from '../../renderStats';
import { loadVenueFile } from '../../venue/venueFile';
import { GameScene } from '../GameScene';
import type { CameraCommand, GameSceneProps } from '../sceneContract';
import { BENCH_SIZES, createSyntheticGame } from './syntheticGame';

const NO_GATES: GameSceneProps['gateStates'] = {};
const NO_BARRIERS: GameSceneProps['placedBarriers'] = [];
/** The damage marks of `#scene-bench/kpu-office/damage`: one of each kind and state on the KPU venue, to look at. */
const DEMO_DAMAGE: NonNullable<GameSceneProps['damage']> = [
  { id: 'kantor-kpu', kind: 'building', state: 'heavily_damaged', x: 80, y: 86 },
  { id: 'car-0', kind: 'car', state: 'destroyed', x: 36, y: 52 },
  { id: 'car-1', kind: 'car', state: 'heavily_damaged', x: 40, y: 52 },
  { id: 'car-2', kind: 'car', state: 'damaged', x: 44, y: 52 },
  { id: 'main-gate', kind: 'gate', state: 'destroyed', x: 79, y: 40 },
  { id: 'front-fence#3', kind: 'fence', state: 'heavily_damaged', x: 62, y: 40 },
  { id: 'front-fence#4', kind: 'fence', state: 'damaged', x: 96, y: 40 },
];
const pageStyle = { position: 'fixed', inset: 0, display: 'flex', flexDirection: 'column', background: '#111' } as const;
const statsStyle = { margin: 0, padding: '4px 10px', font: '13px monospace', color: '#ddd' } as const;

/** Options read from the hash: `#scene-bench[/venue-id][/flat][/top][/near][/damage]`. */
function benchOptions(): { venueId: string; shadows: boolean; topDown: boolean; near: boolean; damage: boolean } {
  const parts = window.location.hash.replace(/^#/, '').split('/');
  return { venueId: parts[1] || 'kpu-office', shadows: !parts.includes('flat'), topDown: parts.includes('top'), near: parts.includes('near'), damage: parts.includes('damage') };
}

/**
 * The scene bench (`#scene-bench`): the game scene with a synthetic 2,800-person game stepping at 10
 * ticks per second, for the performance e2e test and the screenshots. Shows draw calls, triangles and
 * our per-frame CPU median once a second (written straight into the DOM, not React state).
 */
export function SceneBench() {
  const t = useT();
  const options = useMemo(benchOptions, []);
  const venue = loadVenueFile(options.venueId);
  const game = useMemo(() => (venue ? createSyntheticGame(venue) : null), [venue]);
  const stats = useRef<HTMLParagraphElement>(null);
  const [selected, setSelected] = useState<string | null>(game?.selectedUnitId ?? null);
  // `near` looks closely at the office front, the parked cars and the main gate (the damage demo's spots).
  const [command] = useState<CameraCommand | null>(options.topDown ? { kind: 'topDown' } : options.near ? { kind: 'focus', point: [62, 56] } : null);

  useEffect(() => {
    if (!game) return;
    const ticker = window.setInterval(() => game.source.tick(), 100);
    const printer = window.setInterval(() => {
      if (!stats.current) return;
      stats.current.textContent = t('scene.bench.stats', {
        agents: game.source.count, calls: renderStats.calls, triangles: renderStats.triangles, cpu: (renderStats.cpuMsMedian ?? 0).toFixed(2),
      });
    }, 1000);
    return () => {
      window.clearInterval(ticker);
      window.clearInterval(printer);
    };
  }, [game, t]);

  if (!game) return <p role="alert">{t('scene.venueMissing', { venue: options.venueId })}</p>;
  return (
    <div style={pageStyle} data-testid="scene-bench" data-agents={game.source.count} data-officers={BENCH_SIZES.officers}>
      <p ref={stats} style={statsStyle} data-testid="scene-bench-stats">
        {t('scene.bench.title')}
      </p>
      <div style={{ flex: 1, minHeight: 0 }}>
        <GameScene
          venueId={options.venueId}
          agents={game.source}
          units={game.units}
          selectedUnitId={selected}
          overlays={game.overlays}
          effects={game.effects}
          gateStates={NO_GATES}
          placedBarriers={NO_BARRIERS}
          damage={options.damage ? DEMO_DAMAGE : undefined}
          cameraCommand={command}
          shadows={options.shadows}
          onSelectUnit={setSelected}
          onGroundPointer={() => undefined}
        />
      </div>
    </div>
  );
}

export default SceneBench;
