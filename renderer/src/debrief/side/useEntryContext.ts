import { useMemo } from 'react';
import { useLanguage, useT } from '../../i18n/useT';
import { currentDebrief } from '../debriefSession';
import { useDebriefStore } from '../debriefStore';
import type { EntryContext } from './describeEntry';
import { emptyRoster, rosterOf, type Roster } from './roster';

/**
 * The side panel's wording context: the language, the clock, player names, the command log by order
 * id and the roster read once from the replayed game (when its first moment arrived).
 */

let cached: { sessionId: string; roster: Roster } | null = null;

/** The roster of the open debrief, read from the moment shown the first time it is asked for. */
function rosterNow(sessionId: string | null): Roster {
  if (!sessionId) return emptyRoster;
  if (cached?.sessionId === sessionId) return cached.roster;
  const game = currentDebrief()?.display?.game;
  if (!game) return emptyRoster;
  cached = { sessionId, roster: rosterOf(game) };
  return cached.roster;
}

/** The context that words log entries for the open debrief, in the UI language. */
export function useEntryContext(): EntryContext {
  const t = useT();
  const language = useLanguage();
  const sessionId = useDebriefStore((state) => state.sessionId);
  const shown = useDebriefStore((state) => state.hud !== null);
  const players = useDebriefStore((state) => state.players);
  const orders = useDebriefStore((state) => state.orders);
  const tickSeconds = useDebriefStore((state) => state.tickSeconds);
  const roster = useMemo(() => (shown ? rosterNow(sessionId) : emptyRoster), [sessionId, shown]);
  const playerNames = useMemo(() => new Map(players.map((player) => [player.id, player.name])), [players]);
  const ordersById = useMemo(() => new Map(orders.map((given) => [given.orderId, given])), [orders]);
  return useMemo(() => ({ t, language, tickSeconds, roster, players: playerNames, ordersById }), [t, language, tickSeconds, roster, playerNames, ordersById]);
}
