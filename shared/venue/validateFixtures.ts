import type { VenueFile } from './schema';

/**
 * Small, valid example content for the editor's tests: a fenced yard (a gate in the south fence), a
 * building with a pleno hall, a crowd arrival zone on the road outside and a police staging zone inside,
 * and a scenario played on it. Not shipped as a template; tests change copies of it to make it invalid.
 */

/** The example venue (60 x 50 m). */
export function exampleYardVenue(): VenueFile {
  return {
    id: 'halaman-uji', name: 'Halaman uji', formatVersion: 1, description: '', approximate: false, notes: [],
    bounds: { minX: 0, minY: 0, maxX: 60, maxY: 50 },
    ground: [{ id: 'jalan', name: 'Jalan', kind: 'road', polygon: [[0, 0], [60, 0], [60, 6], [0, 6]] }],
    buildings: [{
      id: 'gedung', name: 'Gedung', footprint: [[20, 30], [40, 30], [40, 40], [20, 40]], storeys: 1, height: 4,
      entrances: [{ id: 'pintu', name: 'Pintu', a: [29, 30], b: [31, 30], state: 'closed', breachable: true, strength: 50, height: 2.2 }],
      rooms: [{ id: 'aula', name: 'Aula pleno', kind: 'pleno_hall', storey: 1, polygon: [[21, 31], [39, 31], [39, 39], [21, 39]] }],
    }],
    walls: [{ id: 'pagar', name: 'Pagar', kind: 'fence', points: [[10, 10], [50, 10], [50, 45], [10, 45], [10, 10]], height: 2, breachable: true, strength: 40 }],
    gates: [{ id: 'gerbang', name: 'Gerbang', wallId: 'pagar', a: [28, 10], b: [32, 10], state: 'closed', breachable: true, strength: 80, height: 2 }],
    barriers: [], trees: [], cars: [], signs: [], structures: [],
    crowdArrival: [{ id: 'datang', name: 'Kedatangan', polygon: [[20, 1], [40, 1], [40, 5], [20, 5]] }],
    policeStaging: [{ id: 'siaga', name: 'Siaga', polygon: [[12, 12], [18, 12], [18, 18], [12, 18]] }],
    protectedPlaces: [{ id: 'ruang-pleno', kind: 'pleno_hall', name: 'Ruang pleno', at: [30, 35], buildingId: 'gedung' }],
    protectedPeople: [],
  };
}

/** A scenario file (as written on disk) played on {@link exampleYardVenue}. */
export function exampleYardScenario(): Record<string, unknown> {
  const text = (id: string, en: string) => ({ id, en });
  return {
    formatVersion: 1, id: 'aksi-halaman-uji', venueId: 'halaman-uji',
    name: text('Aksi di halaman uji', 'Protest at the test yard'),
    situation: text('Massa datang ke gerbang.', 'A crowd comes to the gate.'),
    briefing: text('Amankan aula pleno.', 'Secure the pleno hall.'),
    objectives: { text: text('Aula pleno aman.', 'The pleno hall is safe.') },
    turnLimit: 4,
    roles: {
      police: [{ id: 'danki', title: text('Danki Dalmas', 'Danki Dalmas') }],
      crowd: text('Korlap', 'Korlap'),
      instructor: text('Direktur Latihan', 'Exercise director'),
    },
    police: [{ id: 'dalmas-1', type: 'dalmas_awal', name: 'Ton Dalmas Awal 1', staging: 'siaga', role: 'danki' }],
    crowd: [{
      id: 'massa', name: text('Massa', 'Crowd'), arrival: 'datang', size: 60, orators: 1, provocateurs: 0, sajam: 0,
      bystanderShare: 0.2, hardship: [0, 0.3], agitation: 0, behaviour: { temper: 'peaceful', rally: { x: 30, y: 8 } },
    }],
  };
}
