/**
 * Strings of the 3D game scene (renderer/src/scene/table): its labels, the minimap, the controls hint
 * and the scene bench page. Spread into `messages.ts`; Indonesian first, English second.
 */
export const sceneMessagesId = {
  'scene.label': 'Meja permainan 3D: {venue}',
  'scene.minimap': 'Peta mini; klik untuk memusatkan kamera di titik itu',
  'scene.controlsHint': 'Seret: geser peta · Seret klik kanan: putar · Gulir: zoom · Shift + seret: gambar di tanah',
  'scene.venueMissing': 'Data lokasi "{venue}" tidak ditemukan atau tidak valid.',
  'scene.bench.title': 'Uji kinerja tampilan 3D',
  'scene.bench.stats': '{agents} orang · {calls} draw call · {triangles} segitiga · CPU {cpu} ms (median)',
} as const;

/** English strings of the 3D game scene. */
export const sceneMessagesEn: Record<keyof typeof sceneMessagesId, string> = {
  'scene.label': '3D game table: {venue}',
  'scene.minimap': 'Minimap; click to centre the camera there',
  'scene.controlsHint': 'Drag: pan · Right-drag: orbit · Scroll: zoom · Shift + drag: draw on the ground',
  'scene.venueMissing': 'Venue data "{venue}" was not found or is invalid.',
  'scene.bench.title': '3D view performance bench',
  'scene.bench.stats': '{agents} people · {calls} draw calls · {triangles} triangles · CPU {cpu} ms (median)',
};
