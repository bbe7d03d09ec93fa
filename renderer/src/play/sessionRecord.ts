import type { SessionDetail } from '../../../shared/contract/sessions';

/**
 * What the renderer knows of a session's record while it is played: the setup and seed, every command
 * the host accepted (in order, so index + 1 is the host's sequence number) and the resolved turns. It
 * starts from the host's detail and grows with each accepted command, so an earlier turn can be
 * rebuilt for a replay and its events asked for without opening the session again.
 */

/** One resolved turn: the engine's turn number, the sequence number of its `resolveTurn`, its end. */
export interface RecordedTurn {
  /** The engine's number of the turn (0 for the first). */
  turn: number;
  /** Sequence number (1-based index into the commands) of the `resolveTurn` that resolved it. */
  lastSeq: number;
  /** The tick it ended at. */
  endTick: number;
  /** The host's state hash at its end. */
  stateHash: string;
}

/** A session's setup, seed, commands and resolved turns as far as this renderer has seen them. */
export class SessionRecord {
  private constructor(
    readonly setup: unknown,
    readonly seed: number,
    private readonly commandList: unknown[],
    private readonly turnList: RecordedTurn[],
  ) {}

  /** The record as the host's detail gives it. */
  static fromDetail(detail: Pick<SessionDetail, 'setup' | 'seed' | 'commands' | 'turns'>): SessionRecord {
    const turns = detail.turns.map(({ turn, lastSeq, endTick, stateHash }) => ({ turn, lastSeq, endTick, stateHash }));
    return new SessionRecord(detail.setup, detail.seed, [...detail.commands], turns);
  }

  /** Every accepted command, in order. */
  get commands(): readonly unknown[] {
    return this.commandList;
  }

  /** The resolved turns, in order. */
  get turns(): readonly RecordedTurn[] {
    return this.turnList;
  }

  /** The last resolved turn, or null before the first. */
  get lastTurn(): RecordedTurn | null {
    return this.turnList.at(-1) ?? null;
  }

  /** A command the host accepted as sequence number `seq`. */
  addCommand(command: unknown, seq: number): void {
    if (seq !== this.commandList.length + 1) throw new Error(`the host numbered command ${seq}, the record expected ${this.commandList.length + 1}`);
    this.commandList.push(command);
  }

  /** A turn the host resolved (its `resolveTurn` already added as a command). */
  addTurn(turn: RecordedTurn): void {
    this.turnList.push(turn);
  }

  /** The record of engine turn `turn`, if it was resolved. */
  turn(turn: number): RecordedTurn | null {
    return this.turnList.find((entry) => entry.turn === turn) ?? null;
  }

  /** The ticks a turn's events lie in (its start, which the turn before ended at, to its end). */
  tickRange(turn: number): [number, number] | null {
    const index = this.turnList.findIndex((entry) => entry.turn === turn);
    if (index < 0) return null;
    return [index === 0 ? 0 : this.turnList[index - 1]!.endTick, this.turnList[index]!.endTick];
  }

  /** Whether any command followed the last resolution (a plan of the next turn, an instructor's act). */
  get movedOnSinceLastTurn(): boolean {
    const last = this.lastTurn;
    return last !== null && this.commandList.length > last.lastSeq;
  }
}
