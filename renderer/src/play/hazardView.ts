import { propertyItems } from '../../../shared/engine/damage';
import { DensityBand, OFF_FIELD } from '../../../shared/engine/model';
import type { Game } from './engineFacade';
import type { SceneDamage } from '../scene/table/sceneContract';

/**
 * What the screens show of harm to people and property (issue #15 items 1 and 5), read off the mirror
 * a few times a second at most, never per frame: the people standing in a crush-danger density (the
 * HUD's warning) and the damaged property with its damage state (the 3D scene's marks).
 */

/** People on the field whose sustained local density is past the dangerous band (5.5/m²; one pass over the agents). */
export function packedPeople(game: Game): number {
  const a = game.world.agents;
  let n = 0;
  for (let i = 0; i < game.world.header[0]!; i++) {
    if (a.crowding[i]! > DensityBand.dangerous && (a.flags[i]! & OFF_FIELD) === 0) n++;
  }
  return n;
}

/** The damaged buildings, fence panels, gates, doors and parked cars for the scene (intact ones left out). */
export function sceneDamage(game: Game): SceneDamage[] {
  const out: SceneDamage[] = [];
  for (const item of propertyItems(game.venue, game.world, game.state.property)) {
    if (item.state !== 'intact') out.push({ id: item.id, kind: item.kind, state: item.state, x: item.x, y: item.y });
  }
  return out;
}
