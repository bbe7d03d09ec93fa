import { describe, expect, it } from 'vitest';
import { smallSetup } from '../../../../../shared/engine/fixtures';
import { createGame, Flag } from '../../../play/engineFacade';
import { AgentFrames } from '../../../play/agentFrames';
import { sceneUnits } from '../../../play/sceneProps';
import { writeCasualtyMatrices } from '../casualties/casualtyWriter';
import { createFrameHub, sampleAgents, setSource, setUnitTable } from '../frameHub';
import { buildUnitTable } from '../people/appearance';
import { pickAt, pickUnitAt } from './picking';

/** Picking anything on the map (for hover and clicked targets) and the casualty marks, on a real game. */

function hubFor(playerId: string | null) {
  const created = createGame(smallSetup(40, 4), 5);
  if (!created.ok) throw new Error(created.message);
  const game = created.game;
  const hub = createFrameHub({ cx: 0, cy: 0, extent: 100 } as never, 10);
  const t = ((key: string) => key) as Parameters<typeof sceneUnits>[2];
  setUnitTable(hub, buildUnitTable(sceneUnits(game, playerId, t)));
  const frames = new AgentFrames(game);
  setSource(hub, frames);
  sampleAgents(hub);
  return { game, hub, frames };
}

describe('pickAt', () => {
  it('names the unit, group or protected party of the person under the pointer, whoever commands it', () => {
    const { game, hub } = hubFor('massa');
    const { x, y } = game.world.agents;
    const awal = game.state.units.find((u) => u.id === 'awal-1')!;
    const i = awal.first + 1;
    expect(pickAt(hub, x[i]!, y[i]!)).toEqual({ unitId: 'awal-1', side: 'police', agent: i, point: [x[i]!, y[i]!] });
    // The crowd player cannot select a police unit, but can point at it.
    expect(pickUnitAt(hub, x[i]!, y[i]!)).toBe(-1);
    const group = game.state.groups[0]!;
    expect(pickAt(hub, x[group.first]!, y[group.first]!)).toMatchObject({ unitId: 'massa-1', side: 'crowd', agent: group.first });
    const party = game.state.protectedParties[0]!;
    expect(pickAt(hub, x[party.first]!, y[party.first]!)).toMatchObject({ unitId: party.id, side: 'protected' });
  });

  it('finds nothing on bare ground far from everyone', () => {
    const { hub } = hubFor(null);
    expect(pickAt(hub, -5000, -5000)).toBeNull();
  });
});

describe('writeCasualtyMatrices', () => {
  it('marks each injured or downed person still on the table, and nobody else', () => {
    const { game, hub, frames } = hubFor(null);
    const flags = game.world.agents.flags;
    const group = game.state.groups[0]!;
    const a = group.first + 2;
    const b = game.state.units[0]!.first;
    const gone = group.first + 3;
    flags[a] = flags[a]! | Flag.injured;
    flags[b] = flags[b]! | Flag.down;
    flags[gone] = flags[gone]! | Flag.injured | Flag.evacuated;
    frames.afterTick();
    sampleAgents(hub);
    const out = new Float32Array(16 * 8);
    expect(writeCasualtyMatrices(hub, out, 8)).toBe(2);
    expect([out[12], out[14]]).toEqual([hub.ix[b], -hub.iy[b]!]);
    expect([out[16 + 12], out[16 + 14]]).toEqual([hub.ix[a], -hub.iy[a]!]);
    expect(writeCasualtyMatrices(hub, out, 1)).toBe(1);
  });
});
