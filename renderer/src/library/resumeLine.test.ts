import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../shared/i18n/messages';
import { resumeLine } from './resumeLine';

/** The resume list names the turn being planned as the players count it, and what is happening. */

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('id', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

describe('resumeLine', () => {
  it('says the turn being planned (engine turn 6 is the seventh), and whose turn when known', () => {
    expect(resumeLine({ status: 'planning', turn: 6 }, t)).toBe('Giliran 7 — merencanakan');
    expect(resumeLine({ status: 'planning', turn: 6 }, t, 'Iptu Ani')).toBe('Giliran 7 — merencanakan: Iptu Ani');
    expect(resumeLine({ status: 'planning', turn: 0 }, en, null)).toBe('Turn 1 — planning');
  });

  it('words a turn playing out, the end and an abandoned session', () => {
    expect(resumeLine({ status: 'resolving', turn: 2 }, t)).toBe('Giliran 3 — sedang dimainkan');
    expect(resumeLine({ status: 'finished', turn: 20 }, t)).toBe('Selesai setelah 20 giliran');
    expect(resumeLine({ status: 'abandoned', turn: 4 }, en)).toBe('Abandoned at turn 5');
  });
});
