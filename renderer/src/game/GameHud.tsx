import { useT } from '../i18n/useT';
import { useGameStore } from '../state/gameStore';
import { activeGame } from './activeGame';
import { scenarioClock } from './hudNumbers';

/** The HUD strip: scenario time, turn, legitimacy and the key numbers (updated a few times a second). */
export function GameHud() {
  const t = useT();
  const hud = useGameStore((state) => state.hud);
  if (!hud) return null;
  const tickSeconds = activeGame.mirror?.game.state.tickSeconds ?? 0.5;
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
  ];
  return (
    <dl className="game-hud" data-testid="game-hud">
      {items.map(([label, value, id]) => (
        <div key={id} className="hud-item" data-testid={`hud-${id}`}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
