import type { MessageKey } from '../../../../shared/i18n/messages';
import { useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { currentPlay } from '../playSession';
import { scenarioClock, type HudNumbers } from '../hudNumbers';
import './mapReading.css';

/** Whose screen the HUD is on: a police player's, the crowd player's, or the whole room's (playback, summary). */
export type HudViewer = 'police' | 'crowd' | 'room';

/** Which side scores the HUD shows to `viewer`: each player only its own side's; the room both when a person plays the crowd. */
export function hudScores(viewer: HudViewer, crowdPlayed: boolean): { police: boolean; crowd: boolean } {
  if (viewer === 'police') return { police: true, crowd: false };
  if (viewer === 'crowd') return { police: false, crowd: true };
  return { police: true, crowd: crowdPlayed };
}

/** The game screen's HUD: the strip over the mirror's numbers (updated a few times a second at most). */
export function GameHud() {
  const hud = useGameStore((state) => state.hud);
  const phase = useGameStore((state) => state.phase);
  const currentPlayerId = useGameStore((state) => state.currentPlayerId);
  const players = useGameStore((state) => state.players);
  if (!hud) return null;
  const planning = phase === 'planning' || phase === 'sending';
  const role = planning ? players.find((p) => p.id === currentPlayerId)?.role : undefined;
  const viewer: HudViewer = role === 'crowd' ? 'crowd' : role === 'police' ? 'police' : 'room';
  const state = currentPlay()?.mirror.game.state;
  return <HudStrip hud={hud} tickSeconds={state?.tickSeconds ?? 0.5} viewer={viewer} crowdPlayed={players.some((p) => p.role === 'crowd')}
    secondsPerTurn={state ? state.ticksPerTurn * state.tickSeconds : 60} />;
}

/**
 * The HUD strip: the situation level (hijau/kuning/merah, with the Protap markers and the unit
 * holding the line), scenario time, turn and the key numbers. Every number explains itself on hover
 * and on keyboard focus (what it counts; for legitimacy also how it moved this turn and the judged
 * measures behind it). Each player sees only its own side's score. The game and the debrief both show it.
 */
export function HudStrip({ hud, tickSeconds, viewer = 'room', crowdPlayed = false, secondsPerTurn = 60 }: {
  hud: HudNumbers; tickSeconds: number; viewer?: HudViewer; crowdPlayed?: boolean; secondsPerTurn?: number;
}) {
  const t = useT();
  const scores = hudScores(viewer, crowdPlayed);
  const percent = (x: number) => Math.round(x * 100);
  const trend = hud.legitimacyTrend;
  const legitimacyHelp = `${t('hudHelp.legitimacy')} ${t('hud.legitimacyTurn', { turn: trend.turn + 1, from: percent(trend.from), to: percent(hud.legitimacy) })} ${
    t('hud.legitimacyVerdicts', { proper: trend.proper, questionable: trend.questionable, violation: trend.violation })}`;
  const items: [string, string | number, string, string][] = [
    [t('hud.time'), scenarioClock(hud.tick, tickSeconds), 'time', t('hudHelp.time')],
    [t('hud.turn'), hud.turn + 1, 'turn', t('hudHelp.turn', { seconds: Math.round(secondsPerTurn) })],
    [t('hud.legitimacy'), `${percent(hud.legitimacy)}%`, 'legitimacy', legitimacyHelp],
    [t('hud.activeProtesters'), `${hud.activeProtesters} / ${hud.presentProtesters}`, 'active', t('hudHelp.active')],
    [t('hud.injured'), t('hud.injuredDetail', { protesters: hud.injuredProtesters, officers: hud.injuredOfficers }), 'injured', t('hudHelp.injured')],
    [t('hud.arrests'), hud.arrests, 'arrests', t('hudHelp.arrests')],
    [t('hud.damage'), Math.round(hud.damage), 'damage', t('hudHelp.damage')],
    [t('hud.fires'), hud.fires, 'fires', t('hudHelp.fires')],
    [t('hud.breaches'), hud.breaches, 'breaches', t('hudHelp.breaches')],
    [t('hud.hostages'), hud.hostages, 'hostages', t('hudHelp.hostages')],
    [t('hud.control'), hud.controlEchelon ? t(`echelon.${hud.controlEchelon}`) : '—', 'control', t('hudHelp.control')],
  ];
  if (scores.police) items.push([t('hud.policeScore'), hud.policeScore === null ? '—' : Math.round(hud.policeScore), 'score', t('hudHelp.policeScore')]);
  if (scores.crowd) items.push([t('hud.crowdScore'), hud.crowdScore === null ? '—' : Math.round(hud.crowdScore), 'crowd-score', t('hudHelp.crowdScore')]);
  return (
    <dl className="game-hud" data-testid="game-hud">
      <div className={`hud-item hud-level level-${hud.level}`} data-testid="hud-level" data-level={hud.level} tabIndex={0}>
        <dt>{t('hud.level')}{hud.levelOverridden ? ` · ${t('hud.levelOverridden')}` : ''}</dt>
        <dd>{t(`level.${hud.level}`)}</dd>
        <HudHelp id="hud-help-level" text={t(`levelMeaning.${hud.level}` as MessageKey)} />
      </div>
      {hud.markers.map((marker) => (
        <div key={marker} className={`hud-item hud-marker marker-${marker}`} data-testid={`hud-marker-${marker}`} tabIndex={0}>
          <dt>Protap 1/X/2010</dt>
          <dd>{t(`marker.${marker}`)}</dd>
          <HudHelp id={`hud-help-${marker}`} text={t(`markerMeaning.${marker}` as MessageKey)} />
        </div>
      ))}
      {hud.crushRisk > 0 && (
        <div className="hud-item hud-crush" data-testid="hud-crush" tabIndex={0} aria-describedby="hud-help-crush">
          <dt>{t('hud.crushRisk')}</dt>
          <dd style={CRUSH_STYLE}>{t('hud.crushRiskPeople', { people: hud.crushRisk })}</dd>
          <HudHelp id="hud-help-crush" text={t('hud.crushRiskMeaning')} />
        </div>
      )}
      {items.map(([text, value, id, help]) => (
        <div key={id} className="hud-item" data-testid={`hud-${id}`} tabIndex={0} aria-describedby={`hud-help-${id}`}>
          <dt>{text}</dt>
          <dd>{value}</dd>
          <HudHelp id={`hud-help-${id}`} text={help} />
        </div>
      ))}
    </dl>
  );
}

/** The crush warning in the level's merah red, so it reads as an alarm. */
const CRUSH_STYLE = { color: '#d23a2a', fontWeight: 600 } as const;

/** A HUD number's explanation, shown under it on hover and keyboard focus (CSS), read by screen readers. */
function HudHelp({ id, text }: { id: string; text: string }) {
  return <span className="hud-help" role="tooltip" id={id} data-testid={id}>{text}</span>;
}
