import type { UnitTypeId, PoliceOrderType, CrowdOrderType, Formation } from './forces';
import type { GameEventType } from './events';
import type { RejectReason } from './commands';

/**
 * Display labels for the engine's codes, Indonesian first (terms from DOCTRINE.md's glossary), then
 * English. The engine itself only ever emits codes.
 */

/** A bilingual label. */
export interface Label {
  id: string;
  en: string;
}

/** Unit types. */
export const unitTypeLabels: Readonly<Record<UnitTypeId, Label>> = {
  dalmas_awal: { id: 'Dalmas Awal', en: 'First-line crowd control (rope)' },
  dalmas_lanjut: { id: 'Dalmas Lanjut', en: 'Equipped crowd control (shields, batons, gas)' },
  brimob_sekat: { id: 'Ton Tameng Sekat "Benteng"', en: 'Brimob PHH blocking-shield platoon' },
  brimob_desak: { id: 'Ton Tameng Desak "Perisai"', en: 'Brimob PHH pushing-shield platoon' },
  brimob_tindak: { id: 'Ton Tindak "Tombak"', en: 'Brimob PHH arrest platoon' },
  water_cannon: { id: 'AWC "Gajah"', en: 'Armoured water cannon' },
  raimas: { id: 'Raimas', en: 'Motorcycle dispersal platoon' },
  tim_tindak: { id: 'Tim Tindak / Resmob', en: 'Arrest team' },
  negosiator: { id: 'Negosiator', en: 'Negotiator' },
  dokkes: { id: 'Dokkes (ambulans)', en: 'Police medical team (ambulance)' },
  mobil_komando: { id: 'Mobil komando', en: 'Command / sound truck' },
};

/** Police and crowd orders. */
export const orderLabels: Readonly<Record<PoliceOrderType | CrowdOrderType, Label>> = {
  move: { id: 'Bergerak', en: 'Move' },
  face: { id: 'Hadap', en: 'Face' },
  formation: { id: 'Ubah formasi', en: 'Change formation' },
  hold: { id: 'Bertahan', en: 'Hold' },
  push: { id: 'Dorong maju / desak maju', en: 'Push forward' },
  appeal: { id: 'Himbauan', en: 'Public appeal' },
  negotiate: { id: 'Negosiasi dengan Korlap', en: 'Negotiate with the Korlap' },
  rope_line: { id: 'Tali dalmas', en: 'Control rope line' },
  lapis_ganti: { id: 'Lapis ganti', en: 'Handover to Dalmas Lanjut' },
  lintas_ganti: { id: 'Lintas ganti', en: 'Handover to Brimob PHH' },
  water_cannon: { id: 'Semprot water cannon', en: 'Water cannon on an area' },
  tear_gas: { id: 'Tembak gas air mata', en: 'Tear gas on an area' },
  arrest: { id: 'Tangkap', en: 'Arrest' },
  evacuate: { id: 'Evakuasi korban', en: 'Evacuate casualties' },
  escort: { id: 'Kawal / lindungi', en: 'Escort or shield' },
  gate: { id: 'Buka / tutup gerbang', en: 'Open or close a gate' },
  place_barrier: { id: 'Pasang barikade', en: 'Place a barrier' },
  march: { id: 'Bergerak ke', en: 'March to' },
  orasi: { id: 'Orasi', en: 'Speeches' },
  push_line: { id: 'Dorong barisan polisi', en: 'Push the police line' },
  throw: { id: 'Pelemparan batu / botol', en: 'Throw stones and bottles' },
  burn_tyres: { id: 'Pembakaran ban', en: 'Burn tyres' },
  breach: { id: 'Jebol gerbang / pagar', en: 'Breach a gate or fence' },
  enter_building: { id: 'Masuk gedung', en: 'Enter the building' },
  take_hostage: { id: 'Penyanderaan', en: 'Take a hostage' },
  sit_in: { id: 'Aksi duduk', en: 'Sit-in' },
  delegation: { id: 'Kirim perwakilan', en: 'Send a delegation' },
  retreat: { id: 'Mundur', en: 'Retreat' },
  disperse: { id: 'Bubar', en: 'Disperse' },
};

/** Formations. */
export const formationLabels: Readonly<Record<Formation, Label>> = {
  bersaf: { id: 'Bersaf', en: 'Line' },
  berbanjar: { id: 'Berbanjar (banjar 3)', en: 'Column (three files)' },
  anak_panah: { id: 'Anak panah', en: 'Wedge' },
  berlindung: { id: 'Formasi berlindung', en: 'Cover formation' },
};

/** Event types. */
export const eventLabels: Readonly<Record<GameEventType, Label>> = {
  turn_started: { id: 'Giliran dimulai', en: 'Turn started' },
  turn_resolved: { id: 'Giliran selesai', en: 'Turn resolved' },
  game_over: { id: 'Permainan selesai', en: 'Game over' },
  measure_applied: { id: 'Tindakan kepolisian', en: 'Police measure' },
  crowd_action: { id: 'Aksi massa', en: 'Crowd action' },
  unit_arrived: { id: 'Satuan tiba', en: 'Unit arrived' },
  push_contact: { id: 'Dorong maju, kontak dengan massa', en: 'Push in contact with the crowd' },
  line_pressure: { id: 'Barisan ditekan massa', en: 'Line under pressure' },
  gate_damaged: { id: 'Gerbang rusak', en: 'Gate damaged' },
  gate_breached: { id: 'Gerbang dijebol', en: 'Gate breached' },
  fence_breached: { id: 'Pagar dijebol', en: 'Fence breached' },
  gate_opened: { id: 'Gerbang dibuka', en: 'Gate opened' },
  gate_closed: { id: 'Gerbang ditutup', en: 'Gate closed' },
  barrier_placed: { id: 'Barikade dipasang', en: 'Barrier placed' },
  projectiles_thrown: { id: 'Pelemparan', en: 'Projectiles thrown' },
  agent_injured: { id: 'Korban luka', en: 'Person injured' },
  agent_down: { id: 'Korban tidak berdaya', en: 'Person incapacitated' },
  arrest_made: { id: 'Penangkapan', en: 'Arrest made' },
  fire_started: { id: 'Pembakaran ban', en: 'Fire started' },
  fire_out: { id: 'Api padam', en: 'Fire out' },
  property_damaged: { id: 'Kerusakan properti', en: 'Property damaged' },
  building_entered: { id: 'Massa masuk gedung', en: 'Crowd entered the building' },
  hostage_taken: { id: 'Penyanderaan', en: 'Hostage taken' },
  hostage_freed: { id: 'Sandera dibebaskan', en: 'Hostage freed' },
  crowd_mood: { id: 'Perubahan sikap massa', en: 'Crowd mood changed' },
  dispersed: { id: 'Massa bubar', en: 'Crowd dispersed' },
  water_cannon_fired: { id: 'Water cannon menyemprot', en: 'Water cannon fired' },
  area_cleared: { id: 'Area bersih dari massa', en: 'Area cleared' },
  gas_fired: { id: 'Gas air mata ditembakkan', en: 'Tear gas fired' },
  gassed: { id: 'Terkena gas air mata', en: 'People gassed' },
  appeal_made: { id: 'Himbauan disampaikan', en: 'Appeal made' },
  negotiation_started: { id: 'Negosiasi dimulai', en: 'Negotiation started' },
  negotiation_succeeded: { id: 'Negosiasi berhasil', en: 'Negotiation succeeded' },
  negotiation_failed: { id: 'Negosiasi gagal', en: 'Negotiation failed' },
  delegation_arrived: { id: 'Perwakilan massa tiba', en: 'Delegation arrived' },
  handover_completed: { id: 'Lapis / lintas ganti selesai', en: 'Handover completed' },
  casualty_evacuated: { id: 'Korban dievakuasi', en: 'Casualty evacuated' },
  escort_arrived: { id: 'Pengawalan tiba', en: 'Escort arrived' },
  order_blocked: { id: 'Perintah tertahan', en: 'Order blocked' },
  situation_level_changed: { id: 'Tingkat situasi berubah', en: 'Situation level changed' },
  situation_level_overridden: { id: 'Tingkat situasi ditetapkan instruktur', en: 'Situation level set by the instructor' },
  disturbance_marked: { id: 'Ambang gangguan / gangguan nyata', en: 'Threshold or actual disturbance' },
  control_passed: { id: 'Kendali beralih', en: 'Control passed' },
  measure_judged: { id: 'Penilaian tindakan (Anev)', en: 'Measure judged' },
  conduct_judged: { id: 'Penilaian sikap anggota', en: 'Officer conduct judged' },
  objective_met: { id: 'Sasaran massa tercapai', en: 'Crowd objective met' },
  turn_scored: { id: 'Nilai giliran', en: 'Turn score' },
  script_event: { id: 'Kejadian skenario', en: 'Scenario event' },
  reinforcements_arrived: { id: 'Bantuan / massa susulan tiba', en: 'Reinforcements arrived' },
  vehicle_climbed: { id: 'Massa menaiki kendaraan', en: 'Protesters climbed a vehicle' },
  vehicle_freed: { id: 'Kendaraan bebas dari massa', en: 'Vehicle cleared of protesters' },
};

/** Rejection reasons. */
export const rejectReasonLabels: Readonly<Record<RejectReason, Label>> = {
  invalid_command: { id: 'Perintah tidak sah', en: 'Invalid command' },
  unknown_player: { id: 'Pemain tidak dikenal', en: 'Unknown player' },
  not_your_unit: { id: 'Bukan satuan di bawah komando Anda', en: 'Not a unit under your command' },
  unknown_unit: { id: 'Satuan tidak dikenal', en: 'Unknown unit' },
  unknown_group: { id: 'Kelompok massa tidak dikenal', en: 'Unknown crowd group' },
  order_not_allowed: { id: 'Satuan tidak dapat melaksanakan perintah ini', en: 'The unit cannot carry out this order' },
  out_of_reach: { id: 'Sasaran di luar jangkauan', en: 'Target out of reach' },
  invalid_target: { id: 'Sasaran tidak sah', en: 'Invalid target' },
  no_supplies: { id: 'Perlengkapan habis', en: 'No supplies left' },
  gate_broken: { id: 'Gerbang sudah jebol', en: 'The gate is broken' },
  game_over: { id: 'Permainan sudah selesai', en: 'The game is over' },
  wrong_phase: { id: 'Giliran sedang diselesaikan', en: 'A turn is being resolved' },
  players_not_ready: { id: 'Belum semua pemain selesai merencanakan', en: 'Not every player has finished planning' },
  not_instructor: { id: 'Hanya instruktur (Direktur Latihan) yang dapat melakukannya', en: 'Only the instructor (exercise director) may do this' },
  unknown_event: { id: 'Kejadian skenario tidak dikenal', en: 'Unknown scenario event' },
};
