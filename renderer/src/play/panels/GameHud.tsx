import { useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { currentPlay } from '../playSession';
import { scenarioClock, type HudNumbers } from '../hudNumbers';

/** The game screen's HUD: the strip over the mirror's numbers (updated a few times a second at most). */
export function GameHud() {
  const hud = useGameStore((state) => state.hud);
  if (!hud) return null;
  return <HudStrip hud={hud} tickSeconds={currentPlay()?.mirror.game.state.tickSeconds ?? 0.5} />;
}

/**
 * The HUD strip: the situation level (hijau/kuning/merah, with the Protap markers and the unit
 * holding the line), scenario time, turn and the key numbers. The game and the debrief both show it.
 */
export function HudStrip({ hud, tickSeconds }: { hud: HudNumbers; tickSeconds: number }) {
  const t = useT();
  const items: [string, string | number, string][] = [
    [t('hud.time'), scenarioClock(hud.tick, tickSeconds), 'time'],
    [t('hud.turn'), hud.turn + 1, 'turn'],
    [t('hud.legitimacy'), `${Math.round(hud.legitimacy * 100)}%`, 'legitimacy'],
    [t('hud.activeProtesters'), `${hud.activeProtesters} / ${hud.presentProtesters}`, 'active'],
    [t('hud.injured'), t('hud.injuredDetail', { protesters: hud.injuredProtesters, officers: hud.injuredOfficers }), 'injured'],
    [t('hud.arrests'), hud.arrests, 'arrests'],
    [t('hud.damage'), Math.round(hud.damage), 'damage'],
    [t('hud.fires'), hud.fires, 'fires'],
    [t('hud.breaches'), hud.breaches, 'breaches'],
    [t('hud.hostages'), hud.hostages, 'hostages'],
    [t('hud.control'), hud.controlEchelon ? t(`echelon.${hud.controlEchelon}`) : '—', 'control'],
    [t('hud.policeScore'), hud.policeScore === null ? '—' : Math.round(hud.policeScore), 'score'],
  ];
  return (
    <dl className="game-hud" data-testid="game-hud">
      <div className={`hud-item hud-level level-${hud.level}`} data-testid="hud-level" data-level={hud.level} title={t(`levelMeaning.${hud.level}`)}>
        <dt>{t('hud.level')}{hud.levelOverridden ? ` · ${t('hud.levelOverridden')}` : ''}</dt>
        <dd>{t(`level.${hud.level}`)}</dd>
      </div>
      {hud.markers.map((marker) => (
        <div key={marker} className={`hud-item hud-marker marker-${marker}`} data-testid={`hud-marker-${marker}`} title={t(`markerMeaning.${marker}`)}>
          <dt>Protap 1/X/2010</dt>
          <dd>{t(`marker.${marker}`)}</dd>
        </div>
      ))}
      {items.map(([text, value, id]) => (
        <div key={id} className="hud-item" data-testid={`hud-${id}`}>
          <dt>{text}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
