/**
 * Briefing texts shared by every scenario, Bahasa Indonesia first. Merged into `messages.ts`. Each
 * scenario's own name, situation, briefing and objectives live in its file (assets/scenarios).
 */
export const scenarioMessagesId = {
  'briefing.objectivesCommon': 'Tiga kali himbauan sebelum pembubaran (KUHP Pasal 218). Gas air mata hanya atas perintah.',
} as const;

/** English scenario texts; the type makes a missing key an error. */
export const scenarioMessagesEn: Record<keyof typeof scenarioMessagesId, string> = {
  'briefing.objectivesCommon': 'Three appeals before dispersal (KUHP Art. 218). Tear gas only on order.',
};
