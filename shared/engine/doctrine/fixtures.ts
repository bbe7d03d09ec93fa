import type { SetupInput } from '../state';

/**
 * A setup on the KPU venue with every echelon the doctrine needs (Dalmas Awal on the street in front
 * of the main gate, Dalmas Lanjut ready for the lapis ganti, AWC, Tim Tindak, Negosiator, Dokkes,
 * a Brimob pushing platoon in the yard) against one crowd group with an armed provocateur, plus an
 * instructor. Used by the doctrine tests; handy for HUD work on the situation level and judgements.
 */
export function doctrineSetup(crowdSize = 300, turnLimit = 12): SetupInput {
  return {
    venueId: 'kpu-office',
    turnLimit,
    players: [
      { id: 'polisi', name: 'Kapolres', side: 'police', controls: ['awal-1', 'lanjut-1', 'awc-1', 'tindak-1', 'nego-1', 'dokkes-1', 'desak-1'] },
      { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1'] },
      { id: 'dirlat', name: 'Direktur Latihan', side: 'instructor', controls: [] },
    ],
    police: [
      { id: 'awal-1', type: 'dalmas_awal', staging: { x: 79, y: 36 }, heading: -Math.PI / 2 },
      { id: 'lanjut-1', type: 'dalmas_lanjut', staging: { x: 58, y: 36 }, heading: -Math.PI / 2 },
      { id: 'awc-1', type: 'water_cannon', staging: { x: 95, y: 36 }, heading: -Math.PI / 2 },
      { id: 'tindak-1', type: 'tim_tindak', staging: { x: 62, y: 34 }, heading: -Math.PI / 2 },
      { id: 'nego-1', type: 'negosiator', staging: { x: 70, y: 34 } },
      { id: 'dokkes-1', type: 'dokkes', staging: { x: 50, y: 34 } },
      { id: 'desak-1', type: 'brimob_desak', staging: 'yard-east' },
    ],
    crowd: [{ id: 'massa-1', arrival: 'lot-south', size: crowdSize, provocateurs: 3, sajam: 1 }],
  };
}

/**
 * Two small crowd groups on the KPU venue (massa-1, 6 people in the lot; massa-2, 4 in the east
 * street) against the small police setup, no provocateurs: few enough people that the score and
 * consequence tests can set every member's flags by hand. Optional objectives and script reserves.
 */
export function twoGroupSetup(objectives?: SetupInput['objectives'], reserves: string[] = []): SetupInput {
  return {
    venueId: 'kpu-office',
    turnLimit: 8,
    players: [
      { id: 'polisi', name: 'Kapolres', side: 'police', controls: ['awal-1', 'desak-1', 'awc-1', 'tindak-1'] },
      { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1', 'massa-2'] },
    ],
    police: [
      { id: 'awal-1', type: 'dalmas_awal', staging: { x: 70, y: 30 }, heading: -Math.PI / 2 },
      { id: 'desak-1', type: 'brimob_desak', staging: { x: 80, y: 34 }, heading: -Math.PI / 2 },
      { id: 'awc-1', type: 'water_cannon', staging: { x: 79, y: 52 }, heading: -Math.PI / 2 },
      { id: 'tindak-1', type: 'tim_tindak', staging: { x: 100, y: 34 }, heading: -Math.PI / 2 },
    ],
    crowd: [
      { id: 'massa-1', arrival: 'lot-south', size: 6, provocateurs: 0, sajam: 0 },
      { id: 'massa-2', arrival: 'street-east', size: 4, provocateurs: 0, sajam: 0 },
    ],
    ...(objectives ? { objectives } : {}),
    ...(reserves.length > 0 ? { script: { reserves } } : {}),
  };
}
