import type { SessionSummary } from '../../../shared/contract/host';
import type { Translate } from '../i18n/useT';

/**
 * The resume list's turn line: the turn as the players count it (the engine's turns start at 0) and
 * what is happening in it — "Giliran 7 — merencanakan" while turn 7 is being planned, "Selesai setelah
 * 20 giliran" at the end — and, where the host says it, whose turn it is. Pure.
 */
export function resumeLine(session: Pick<SessionSummary, 'status' | 'turn'>, t: Translate, nextPlayer?: string | null): string {
  const turn = session.turn + 1;
  switch (session.status) {
    case 'planning':
      return nextPlayer ? t('resume.planningBy', { turn, name: nextPlayer }) : t('resume.planning', { turn });
    case 'resolving':
      return t('resume.resolving', { turn });
    case 'finished':
      return t('resume.finished', { turns: session.turn });
    case 'abandoned':
      return t('resume.abandoned', { turn });
  }
}
