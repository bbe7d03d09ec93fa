import type { Label } from '../labels';
import type { ConductKind, DisturbanceMarker, Echelon, GameOverReason, IncidentKind, OverallControl, RuleId, SituationLevel, Verdict } from './types';

/**
 * Bilingual labels (Indonesian first, terms from DOCTRINE.md section 8) for the doctrine codes: the
 * HUD's situation level, the turn summary's judgements and the debrief's citations.
 */

/** Situation levels. */
export const situationLevelLabels: Readonly<Record<SituationLevel, Label>> = {
  hijau: { id: 'Situasi hijau (tertib)', en: 'Green: orderly, lawful protest' },
  kuning: { id: 'Situasi kuning (tidak tertib)', en: 'Yellow: disorderly, ignores appeals' },
  merah: { id: 'Situasi merah (melanggar hukum)', en: 'Red: unlawful, anarchic' },
};

/** Incident kinds. */
export const incidentLabels: Readonly<Record<IncidentKind, Label>> = {
  ignoring_appeals: { id: 'Mengabaikan himbauan', en: 'Ignoring appeals' },
  pushing: { id: 'Mendorong barisan / gerbang', en: 'Pushing the line or gate' },
  blocking: { id: 'Bertahan / memblokir setelah tiga himbauan', en: 'Blocking after three appeals' },
  throwing: { id: 'Pelemparan', en: 'Throwing stones and bottles' },
  incitement: { id: 'Penghasutan (orasi provokatif)', en: 'Incitement' },
  weapon_found: { id: 'Sajam ditemukan', en: 'Sharp weapon found' },
  arson: { id: 'Pembakaran', en: 'Arson' },
  damage: { id: 'Perusakan', en: 'Damage to property' },
  hostage_taking: { id: 'Penyanderaan', en: 'Hostage-taking' },
  looting: { id: 'Masuk dan merusak gedung', en: 'Intrusion and looting' },
  attack_on_officers: { id: 'Penyerangan terhadap petugas', en: 'Attack on officers' },
  armed_threat: { id: 'Ancaman dengan sajam', en: 'Threat with a sharp weapon' },
};

/** Protap 1/X/2010 markers. */
export const disturbanceMarkerLabels: Readonly<Record<DisturbanceMarker, Label>> = {
  ambang_gangguan: { id: 'Ambang gangguan', en: 'Threshold disturbance (weapons carried, incitement)' },
  gangguan_nyata: { id: 'Gangguan nyata', en: 'Actual disturbance (arson, damage, hostage-taking, looting, attacks on officers)' },
};

/** Verdicts. */
export const verdictLabels: Readonly<Record<Verdict, Label>> = {
  proper: { id: 'Sesuai prosedur', en: 'Proper' },
  questionable: { id: 'Perlu dievaluasi', en: 'Questionable' },
  violation: { id: 'Pelanggaran', en: 'Violation' },
};

/** Rules judgements cite. */
export const ruleLabels: Readonly<Record<RuleId, Label>> = {
  presence: { id: 'Kehadiran petugas (tahap 1)', en: 'Deterrent presence (stage 1)' },
  preventive: { id: 'Utamakan pencegahan: himbauan dan negosiasi', en: 'Prevention first: appeals and negotiation' },
  humanitarian: { id: 'Pertolongan korban', en: 'Help for the injured' },
  handover: { id: 'Lapis ganti / lintas ganti sesuai tingkat situasi', en: 'Handover to match the situation level' },
  proportionate_force: { id: 'Tahapan penggunaan kekuatan', en: 'Stages of the use of force' },
  anarchy_response: { id: 'Penanggulangan anarki', en: 'Response to anarchy' },
  targeted_arrest: { id: 'Penindakan provokator', en: 'Targeted arrest of provocateurs' },
  necessity: { id: 'Nesesitas', en: 'Necessity' },
  proportionality: { id: 'Proporsionalitas', en: 'Proportionality' },
  three_appeals: { id: 'Tiga kali himbauan sebelum pembubaran', en: 'Three appeals before dispersal' },
  unit_for_level: { id: 'Satuan sesuai tingkat situasi', en: 'The right unit for the level' },
  tactical_control: { id: 'Kendali taktis', en: 'Tactical control' },
  arbitrary_conduct: { id: 'Tindakan sewenang-wenang', en: 'Arbitrary conduct' },
  formation_discipline: { id: 'Disiplin formasi', en: 'Formation discipline' },
};

/** Conduct findings. */
export const conductLabels: Readonly<Record<ConductKind, Label>> = {
  formation_left: { id: 'Anggota keluar formasi', en: 'Officers left the formation' },
  pursuit: { id: 'Mengejar perorangan', en: 'Pursuing individuals' },
};

/** Echelons holding kendali taktis. */
export const echelonLabels: Readonly<Record<Echelon, Label>> = {
  dalmas_awal: { id: 'Dalmas Awal', en: 'First-line crowd control' },
  dalmas_lanjut: { id: 'Dalmas Lanjut', en: 'Equipped crowd control' },
  brimob_phh: { id: 'Brimob PHH', en: 'Brimob riot police' },
};

/** Holders of kendali umum. */
export const overallControlLabels: Readonly<Record<OverallControl, Label>> = {
  kapolres: { id: 'Kapolres (kepala wilayah)', en: 'Area chief (Kapolres)' },
  kapolda: { id: 'Kapolda', en: 'Regional police chief (Kapolda)' },
};

/** Why the game ended. */
export const gameOverReasonLabels: Readonly<Record<GameOverReason, Label>> = {
  turn_limit: { id: 'Batas giliran tercapai', en: 'Turn limit reached' },
  crowd_dispersed: { id: 'Massa telah bubar', en: 'The crowd has dispersed' },
  protest_ended_peacefully: { id: 'Unjuk rasa berakhir damai', en: 'The protest ended peacefully' },
  crowd_objectives_met: { id: 'Sasaran massa tercapai', en: 'The crowd met its objectives' },
};
