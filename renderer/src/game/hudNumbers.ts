import { Flag, AgentKind, type Game } from './engineFacade';

/** The numbers the HUD shows; recomputed a few times a second at most, never per frame. */
export interface HudNumbers {
  tick: number;
  turn: number;
  legitimacy: number;
  injuredProtesters: number;
  injuredOfficers: number;
  arrests: number;
  damage: number;
  fires: number;
  breaches: number;
  hostages: number;
  activeProtesters: number;
  presentProtesters: number;
}

/** Reads the HUD numbers off the game (one pass over the agents for the active count). */
export function readHud(game: Game): HudNumbers {
  const { state } = game;
  const agents = game.world.agents;
  let active = 0;
  let present = 0;
  for (let i = 0; i < agents.kind.length; i++) {
    if (agents.kind[i] !== AgentKind.protester) continue;
    const flags = agents.flags[i]!;
    if (flags & (Flag.gone | Flag.evacuated | Flag.arrested)) continue;
    present++;
    if (flags & Flag.active) active++;
  }
  return {
    tick: state.tick,
    turn: state.turn,
    legitimacy: state.legitimacy,
    injuredProtesters: state.stats.injuredProtesters,
    injuredOfficers: state.stats.injuredOfficers,
    arrests: state.stats.arrests,
    damage: state.stats.propertyDamage,
    fires: state.fires.length,
    breaches: state.stats.breaches,
    hostages: state.stats.hostages,
    activeProtesters: active,
    presentProtesters: present,
  };
}

/** Scenario clock: the exercise starts at 14:00; `tick` × seconds per tick later is shown as HH:MM:SS. */
export function scenarioClock(tick: number, tickSeconds: number, startMinutes = 14 * 60): string {
  const seconds = startMinutes * 60 + Math.floor(tick * tickSeconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600) % 24)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}
