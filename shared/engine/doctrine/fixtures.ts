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
