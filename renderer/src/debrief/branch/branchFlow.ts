import { host } from '../../host/hostClient';
import { resumeSession } from '../../play/gameFlow';
import { reportError } from '../../state/actions';
import { endDebrief } from '../debriefSession';
import { initialDebriefState, useDebriefStore } from '../debriefStore';

/**
 * "Lanjutkan dari sini": a what-if branch of the session in the debrief, from the end of a resolved
 * turn. The host copies the setup, seed and commands up to that turn into a new session (marked as a
 * branch in the library); the debrief closes and the new session opens in the game screen.
 */

/** The resolved turn whose end `tick` is (0: the start), or -1 when it is not a turn boundary. */
export function turnEndAt(turnEnds: readonly number[], tick: number): number {
  return turnEnds.indexOf(tick);
}

/** Branches the open debrief's session at the end of `atTurn` as `name` and plays the branch; false when the host refused. */
export async function branchAndPlay(atTurn: number, name: string): Promise<boolean> {
  const sessionId = useDebriefStore.getState().sessionId;
  if (!sessionId) return false;
  let branchId: string;
  try {
    branchId = (await host.branchSession(sessionId, { atTurn, name })).summary.id;
  } catch (error) {
    reportError(error);
    return false;
  }
  endDebrief();
  useDebriefStore.setState({ ...initialDebriefState });
  await resumeSession(branchId);
  return true;
}
