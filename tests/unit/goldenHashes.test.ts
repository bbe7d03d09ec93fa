import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGame, applyCommand, createReplay, hashGame } from '../../shared/engine/index';
import { getScenario, scenarioToSetup, defaultChoices } from '../../shared/scenario/index';
import { ENGINE_VERSION } from '../../shared/version';
import { playFixedGame, replayLog, type RecordedLog } from './determinismScript';
import { currentGolden, goldenHashes, GOLDEN_MESSAGE } from './goldenHashes';

const recorded = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/kpu-hotseat-3-turns.json', import.meta.url)), 'utf8')) as RecordedLog;

/** The Pleno KPU scenario left to its script (scripted crowd, timed events, an instructor), seven turns. */
function playPlenoScripted(): string[] {
  const scenario = getScenario('pleno-kpu')!;
  const setup = scenarioToSetup(scenario, { ...defaultChoices(scenario), instructor: { id: 'dirlat', name: 'Direktur Latihan' }, crowdSize: 200 });
  const created = createGame(setup, 20240826);
  if (!created.ok) throw new Error(created.message);
  const hashes: string[] = [];
  for (let k = 0; k < 7; k++) {
    const r = applyCommand(created.game, { type: 'resolveTurn', force: true });
    if (!r.ok) throw new Error(r.message);
    hashes.push(hashGame(created.game));
  }
  return hashes;
}

describe(`golden turn hashes (engine ${ENGINE_VERSION})`, () => {
  const golden = currentGolden();

  it('the fixed determinism game (seed 2024) ends every turn on its golden hash', () => {
    expect(playFixedGame(2024), GOLDEN_MESSAGE).toEqual(golden.fixed2024);
  });

  it('the recorded hot-seat log ends every turn on its golden hash, played and replayed', () => {
    expect(replayLog(recorded), GOLDEN_MESSAGE).toEqual(golden.hotseat);
    const replay = createReplay(recorded.setup, recorded.seed, recorded.commands);
    if (!replay.ok) throw new Error(replay.message);
    expect(replay.replay.turnHashes, GOLDEN_MESSAGE).toEqual(golden.hotseat);
  });

  it('the Pleno KPU scenario left to its script ends every turn on its golden hash', () => {
    expect(playPlenoScripted(), GOLDEN_MESSAGE).toEqual(golden.plenoScripted);
  });

  it('every golden record has a hash per turn, all different', () => {
    for (const [version, g] of Object.entries(goldenHashes)) {
      for (const hashes of [g.fixed2024, g.hotseat, g.plenoScripted]) {
        expect(hashes.every((h) => /^[0-9a-f]{16}$/.test(h)), version).toBe(true);
        expect(new Set(hashes).size, version).toBe(hashes.length);
      }
    }
    expect([golden.fixed2024.length, golden.hotseat.length, golden.plenoScripted.length]).toEqual([8, 3, 7]);
  });
});
