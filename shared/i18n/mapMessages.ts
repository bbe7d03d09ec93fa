/**
 * Strings of the readable map and the crowd player's screens: map labels and their switch, the hover
 * card, the crowd player's briefing, score and legend, the HUD's explanations, police reserves, and the
 * resume list's turn line. Bahasa Indonesia first. Merged into `messages.ts`.
 */
export const mapMessagesId = {
  'map.labels': 'Nama di peta',
  'map.labelsHint': 'Tampilkan/sembunyikan nama satuan dan kelompok massa di peta (tombol L)',
  'map.hoverOwner': 'Dipimpin: {name}',
  'map.strength': '{fit} siap · {injured} luka · dari {total} personel',
  'map.crowdStrength': '{present} orang di lokasi · {injured} luka · {arrested} ditangkap',
  'map.protectedStrength': '{present} orang · {injured} luka',
  'map.hostages': '{count} disandera',
  'map.protectedSafe': 'Aman',
  'map.ready': 'Siaga, tanpa tugas',
  'map.idle': 'Diam di tempat',
  'map.notArrived': 'Belum tiba',
  'map.task': 'Tugas: {task}',
  'map.legendOwn': 'Biru terang: satuan Anda',
  'map.legendOther': 'Abu-abu: satuan pemain lain',
  'map.legendCasualty': 'Lingkaran merah bersilang: korban luka/tergeletak',
} as const;

/** English strings of the readable map and the crowd player's screens. */
export const mapMessagesEn: Record<keyof typeof mapMessagesId, string> = {
  'map.labels': 'Names on map',
  'map.labelsHint': 'Show/hide unit and crowd group names on the map (key L)',
  'map.hoverOwner': 'Commanded by: {name}',
  'map.strength': '{fit} fit · {injured} injured · of {total} officers',
  'map.crowdStrength': '{present} people on site · {injured} injured · {arrested} arrested',
  'map.protectedStrength': '{present} people · {injured} injured',
  'map.hostages': '{count} held hostage',
  'map.protectedSafe': 'Safe',
  'map.ready': 'Ready, no task',
  'map.idle': 'Standing still',
  'map.notArrived': 'Not yet arrived',
  'map.task': 'Task: {task}',
  'map.legendOwn': 'Bright blue: your units',
  'map.legendOther': 'Grey: other players\' units',
  'map.legendCasualty': 'Red ring with a cross: injured/down casualty',
};
