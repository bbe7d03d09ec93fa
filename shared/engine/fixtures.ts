import type { SetupInput } from './state';

/**
 * Small ready-made setups on the KPU venue, used by the tests, the determinism helper and handy for
 * renderer development. Not scenarios (those are assets/scenarios, shared/scenario). Tests import them
 * from here; they are not part of the engine's public API (index.ts).
 */

/** A police player with a Dalmas Awal, a Brimob pushing platoon, an AWC and an arrest team, against one crowd group. */
export function smallSetup(crowdSize = 120, turnLimit = 8): SetupInput {
  return {
    venueId: 'kpu-office',
    turnLimit,
    players: [
      { id: 'polisi', name: 'Kapolres', side: 'police', controls: ['awal-1', 'desak-1', 'awc-1', 'tindak-1', 'nego-1', 'dokkes-1'] },
      { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1'] },
    ],
    police: [
      { id: 'awal-1', type: 'dalmas_awal', staging: 'yard-west' },
      { id: 'desak-1', type: 'brimob_desak', staging: { x: 80, y: 34 }, heading: -Math.PI / 2 },
      { id: 'awc-1', type: 'water_cannon', staging: { x: 79, y: 52 }, heading: -Math.PI / 2 },
      { id: 'tindak-1', type: 'tim_tindak', staging: { x: 100, y: 34 }, heading: -Math.PI / 2 },
      { id: 'nego-1', type: 'negosiator', staging: 'yard-east' },
      { id: 'dokkes-1', type: 'dokkes', staging: 'street-west' },
    ],
    crowd: [{ id: 'massa-1', arrival: 'lot-south', size: crowdSize }],
  };
}
