/**
 * Names and briefing texts of the bundled scenario presets (renderer/src/game/presets.ts), Bahasa
 * Indonesia first. Merged into `messages.ts`.
 */
export const scenarioMessagesId = {
  'scenario.plenoKpu.name': 'Pleno rekapitulasi di Kantor KPU',
  'scenario.plenoKpu.situation':
    'Pukul 14.00 KPU menggelar pleno rekapitulasi hasil pemilu di aula kantor. Massa pendukung paslon yang kalah (sekitar 500 orang) datang dari lahan seberang jalan dengan mobil komando, menuduh terjadi kecurangan. Korlap meminta bertemu Ketua KPU. Informasi intelijen: ada provokator di tengah massa, sedikitnya satu membawa sajam.',
  'scenario.plenoKpu.objectives':
    'Pleno rekapitulasi tetap berjalan dan Ketua KPU, staf serta paslon terlindungi. Utamakan himbauan dan negosiasi melalui Korlap (situasi hijau); naikkan tindakan hanya bila perlu dan proporsional (Perkap 1/2009). Cegah pagar dan gerbang dijebol, amankan provokator, evakuasi korban luka.',
  'scenario.agathis.name': 'Simulasi Sispamkota di Lapangan Agathis',
  'scenario.agathis.situation':
    'Simulasi Polda Kaltara di Lapangan Agathis, Tanjung Selor: sebuah "Kantor KPU Kaltara" tiruan berdiri di lapangan. Pengumuman hasil pemilu memicu unjuk rasa; massa berkumpul di sisi barat daya lapangan dan di jalan sisi selatan.',
  'scenario.agathis.objectives':
    'Lindungi kantor KPU tiruan dan orang di dalamnya. Latih lapis ganti (Dalmas Awal ke Dalmas Lanjut) dan lintas ganti ke Brimob PHH bila situasi meningkat. Setiap tindakan harus perlu, proporsional dan berurutan.',
  'briefing.objectivesCommon': 'Tiga kali himbauan sebelum pembubaran (KUHP Pasal 218). Gas air mata hanya atas perintah.',
} as const;

/** English scenario texts; the type makes a missing key an error. */
export const scenarioMessagesEn: Record<keyof typeof scenarioMessagesId, string> = {
  'scenario.plenoKpu.name': 'Pleno rekapitulasi (result tally) at the KPU office',
  'scenario.plenoKpu.situation':
    'At 14:00 the KPU holds the pleno rekapitulasi of the election result in the office hall. Supporters of the losing paslon (about 500 people) arrive from the lot across the street with a mobil komando, claiming fraud. Their Korlap demands to meet the Ketua KPU. Intelligence: provocateurs are in the crowd, at least one carrying a sajam (sharp weapon).',
  'scenario.plenoKpu.objectives':
    'Keep the pleno going and protect the Ketua KPU, staff and paslon. Lead with himbauan (appeals) and negotiation through the Korlap (situasi hijau); escalate only when necessary and proportionate (Perkap 1/2009). Keep the fence and gates intact, arrest provocateurs, evacuate the injured.',
  'scenario.agathis.name': 'Sispamkota simulation at Lapangan Agathis',
  'scenario.agathis.situation':
    'Polda Kaltara simulation at Lapangan Agathis, Tanjung Selor: a mock "Kantor KPU Kaltara" stands on the field. The announcement of the result triggers a protest; the crowd gathers on the south-west of the field and on the southern road.',
  'scenario.agathis.objectives':
    'Protect the mock KPU office and the people inside. Practise lapis ganti (Dalmas Awal to Dalmas Lanjut) and lintas ganti to Brimob PHH if the situation escalates. Every measure must be necessary, proportionate and in order.',
  'briefing.objectivesCommon': 'Three appeals before dispersal (KUHP Art. 218). Tear gas only on order.',
};
