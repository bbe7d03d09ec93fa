import { useMemo } from 'react';
import type { Language } from '../../../shared/contract/host';
import type { SessionPlayer } from '../../../shared/contract/sessions';
import { readTurnLog } from '../../../shared/debrief/commandLog';
import type { EntryContext } from '../debrief/side/describeEntry';
import { rosterOf } from '../debrief/side/roster';
import { useLanguage, useT, type Translate } from '../i18n/useT';
import type { Game } from './engineFacade';
import { useGameStore } from './gameStore';
import { currentPlay } from './playSession';

/**
 * The debrief's wording context (debrief/side/describeEntry.ts) for the game being played: names of
 * units, groups, places and script events from the mirror, player names, and the command log's orders
 * by id, so the turn summary and the director's console word events and orders as the debrief does.
 */

/** The wording context of `game` with its players and command log, in the language of `t`. */
export function playEntryContext(game: Game, players: readonly SessionPlayer[], commands: readonly unknown[], t: Translate, language: Language): EntryContext {
  return {
    t, language, tickSeconds: game.state.tickSeconds, roster: rosterOf(game),
    players: new Map(players.map((player) => [player.id, player.name])),
    ordersById: readTurnLog(commands).byOrderId,
  };
}

/** The wording context of the game being played (null when none is), rebuilt when a turn or the language changes. */
export function usePlayEntryContext(): EntryContext | null {
  const t = useT();
  const language = useLanguage();
  const players = useGameStore((state) => state.players);
  const summary = useGameStore((state) => state.summary);
  const phase = useGameStore((state) => state.phase);
  return useMemo(() => {
    const play = currentPlay();
    return play ? playEntryContext(play.mirror.game, players, play.record?.commands ?? [], t, language) : null;
  }, [t, language, players, summary, phase]);
}
