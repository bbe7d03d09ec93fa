import type { RuleId } from '../doctrineTypes';

/**
 * The rules judgements cite: regulation, article where DOCTRINE.md gives one, and the principle.
 * Articles are only those the domain reference quotes; where it names none the citation says the
 * regulation and principle alone rather than inventing a number.
 */

/** One rule. */
export interface DoctrineRule {
  regulation: string;
  article: string | null;
  principle: string | null;
  /** The citation as the debrief prints it (Indonesian, as in the regulations). */
  citation: string;
}

const rule = (regulation: string, article: string | null, principle: string | null): DoctrineRule => ({
  regulation, article, principle,
  citation: `${regulation}${article ? ` ${article}` : ''}${principle ? ` (${principle})` : ''}`,
});

/** The rule catalogue. */
export const doctrineRules: Readonly<Record<RuleId, DoctrineRule>> = {
  presence: rule('Perkap 1/2009', 'Pasal 5', 'tahap 1: kehadiran yang mencegah'),
  preventive: rule('Perkap 1/2009', 'Pasal 3', 'preventif'),
  humanitarian: rule('Perkap 8/2009', null, 'perlindungan HAM: pertolongan korban'),
  handover: rule('Perkap 16/2006', null, 'lapis ganti / lintas ganti sesuai tingkat situasi'),
  proportionate_force: rule('Perkap 1/2009', 'Pasal 5', 'tahapan penggunaan kekuatan'),
  anarchy_response: rule('Protap 1/X/2010', null, 'penanggulangan anarki'),
  targeted_arrest: rule('Protap 1/X/2010', null, 'penindakan provokator'),
  necessity: rule('Perkap 1/2009', 'Pasal 3', 'nesesitas'),
  proportionality: rule('Perkap 1/2009', 'Pasal 3', 'proporsionalitas'),
  three_appeals: rule('KUHP Pasal 218; Perkap 16/2006', null, 'tiga kali himbauan sebelum pembubaran'),
  unit_for_level: rule('Perkap 16/2006', null, 'Dalmas Awal di hijau, Dalmas Lanjut di kuning, Brimob PHH di merah'),
  tactical_control: rule('Perkap 16/2006', null, 'kendali taktis: gas dan water cannon atas perintah pemegang kendali'),
  arbitrary_conduct: rule('Perkap 8/2009', 'Pasal 40', 'larangan tindakan sewenang-wenang'),
  formation_discipline: rule('Perkap 9/2008', 'Pasal 28', 'dilarang keluar formasi atau mengejar perorangan'),
  fire_suppression: rule('Perkap 1/2009', null, 'pemadaman api tanpa orang di sasaran: bukan penggunaan kekuatan terhadap orang'),
  density_risk: rule('Perkap 8/2009', null, 'perlindungan HAM: jangan memadatkan massa hingga berdesakan'),
  partner_support: rule('Perkap 1/2009', null, 'kekuatan terhadap massa hanya oleh satuan Polri yang berwenang; TNI, Satpol PP dan Pemda membantu'),
};
