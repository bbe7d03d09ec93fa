import type { MessageKey } from '../../../shared/i18n/messages';
import type { SetupInput, UnitTypeId } from './engineFacade';

/**
 * Named scenario presets per venue: the forces, the crowd and the briefing texts at a realistic scale
 * (DOCTRINE §1: hundreds of protesters, a few hundred police). `buildSetup` turns a preset plus the
 * new-session choices (players, who commands which unit, crowd size) into the engine's setup.
 */

/** A police unit of a preset. */
export interface PresetUnit {
  id: string;
  type: UnitTypeId;
  name: string;
  staging: string;
  /** Which police player commands it by default (index, wrapped to the number of players). */
  lead: number;
}

/** A crowd group of a preset. */
export interface PresetGroup {
  id: string;
  name: string;
  arrival: string;
  size: number;
  provocateurs: number;
  sajam: number;
}

/** A scenario preset. */
export interface ScenarioPreset {
  id: string;
  venueId: string;
  nameKey: MessageKey;
  situationKey: MessageKey;
  objectivesKey: MessageKey;
  turnLimit: number;
  secondsPerTurn: number;
  police: readonly PresetUnit[];
  crowd: readonly PresetGroup[];
}

const unit = (id: string, type: UnitTypeId, name: string, staging: string, lead: number): PresetUnit => ({ id, type, name, staging, lead });

/** The bundled presets. */
export const SCENARIO_PRESETS: readonly ScenarioPreset[] = [
  {
    id: 'pleno-kpu',
    venueId: 'kpu-office',
    nameKey: 'scenario.plenoKpu.name',
    situationKey: 'scenario.plenoKpu.situation',
    objectivesKey: 'scenario.plenoKpu.objectives',
    turnLimit: 20,
    secondsPerTurn: 60,
    police: [
      unit('dalmas-awal-1', 'dalmas_awal', 'Ton Dalmas Awal 1', 'yard-west', 0),
      unit('dalmas-awal-2', 'dalmas_awal', 'Ton Dalmas Awal 2', 'yard-east', 0),
      unit('dalmas-lanjut-1', 'dalmas_lanjut', 'Ton Dalmas Lanjut 1', 'yard-west', 0),
      unit('negosiator', 'negosiator', 'Tim Negosiator', 'yard-east', 0),
      unit('dokkes', 'dokkes', 'Tim Dokkes', 'yard-east', 0),
      unit('brimob-sekat', 'brimob_sekat', 'Ton Benteng', 'street-west', 1),
      unit('brimob-desak', 'brimob_desak', 'Ton Perisai', 'street-west', 1),
      unit('brimob-tindak', 'brimob_tindak', 'Ton Tombak', 'street-west', 1),
      unit('awc', 'water_cannon', 'AWC Gajah', 'street-west', 1),
      unit('tim-tindak', 'tim_tindak', 'Tim Tindak Resmob', 'yard-west', 1),
    ],
    crowd: [
      { id: 'massa-utama', name: 'Massa pendukung paslon', arrival: 'lot-south', size: 350, provocateurs: 5, sajam: 1 },
      { id: 'massa-susulan', name: 'Massa susulan', arrival: 'street-east', size: 150, provocateurs: 2, sajam: 0 },
    ],
  },
  {
    id: 'simulasi-agathis',
    venueId: 'lapangan-agathis',
    nameKey: 'scenario.agathis.name',
    situationKey: 'scenario.agathis.situation',
    objectivesKey: 'scenario.agathis.objectives',
    turnLimit: 20,
    secondsPerTurn: 60,
    police: [
      unit('dalmas-awal-1', 'dalmas_awal', 'Ton Dalmas Awal 1', 'mock-yard-west', 0),
      unit('dalmas-awal-2', 'dalmas_awal', 'Ton Dalmas Awal 2', 'field-north-west', 0),
      unit('dalmas-lanjut-1', 'dalmas_lanjut', 'Ton Dalmas Lanjut 1', 'field-north-west', 0),
      unit('dalmas-lanjut-2', 'dalmas_lanjut', 'Ton Dalmas Lanjut 2', 'field-east', 0),
      unit('negosiator', 'negosiator', 'Tim Negosiator', 'mock-yard-west', 0),
      unit('brimob-sekat', 'brimob_sekat', 'Ton Benteng', 'field-east', 1),
      unit('brimob-desak', 'brimob_desak', 'Ton Perisai', 'field-east', 1),
      unit('brimob-tindak', 'brimob_tindak', 'Ton Tombak', 'field-east', 1),
      unit('awc', 'water_cannon', 'AWC Gajah', 'field-east', 1),
      unit('dokkes', 'dokkes', 'Tim Dokkes', 'field-north-west', 1),
    ],
    crowd: [
      { id: 'massa-lapangan', name: 'Massa di lapangan', arrival: 'field-south-west', size: 300, provocateurs: 4, sajam: 1 },
      { id: 'massa-jalan', name: 'Massa dari jalan selatan', arrival: 'road-south', size: 120, provocateurs: 2, sajam: 0 },
    ],
  },
];

/** Presets of a venue. */
export function presetsForVenue(venueId: string): ScenarioPreset[] {
  return SCENARIO_PRESETS.filter((preset) => preset.venueId === venueId);
}

/** The preset with this id. */
export function presetById(id: string): ScenarioPreset | undefined {
  return SCENARIO_PRESETS.find((preset) => preset.id === id);
}

/** Total crowd size of a preset. */
export function presetCrowdSize(preset: ScenarioPreset): number {
  return preset.crowd.reduce((sum, group) => sum + group.size, 0);
}

/** Choices the new-session form adds to a preset. */
export interface SetupChoices {
  police: { id: string; name: string; unitIds: string[] }[];
  /** The crowd player, or null when the crowd follows the scenario. */
  crowdPlayer: { id: string; name: string } | null;
  /** Total crowd size; groups are scaled in proportion. */
  crowdSize: number;
}

/** The engine setup for a preset and the form's choices. */
export function buildSetup(preset: ScenarioPreset, choices: SetupChoices): SetupInput {
  const scale = choices.crowdSize / Math.max(1, presetCrowdSize(preset));
  const crowd = preset.crowd.map((group) => {
    const size = Math.max(10, Math.round(group.size * scale));
    const provocateurs = Math.min(group.provocateurs, Math.floor(size / 20));
    return { id: group.id, name: group.name, arrival: group.arrival, size, provocateurs, sajam: Math.min(group.sajam, provocateurs) };
  });
  const players: SetupInput['players'] = choices.police.map((player) => ({ id: player.id, name: player.name, side: 'police', controls: player.unitIds }));
  if (choices.crowdPlayer) players.push({ id: choices.crowdPlayer.id, name: choices.crowdPlayer.name, side: 'crowd', controls: crowd.map((g) => g.id) });
  return {
    venueId: preset.venueId,
    turnLimit: preset.turnLimit,
    secondsPerTurn: preset.secondsPerTurn,
    players,
    police: preset.police.map(({ id, type, name, staging }) => ({ id, type, name, staging })),
    crowd,
    protectedPeople: true,
  };
}
