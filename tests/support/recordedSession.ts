/**
 * Records a realistic session through the host API, for the debrief's tests, benchmark and screenshots:
 * a bundled scenario with its scripted crowd, police players who appeal, negotiate, move their lines,
 * and later use the water cannon, so the record has judgements, level changes, injuries and arrests.
 * `call` is whatever reaches the host (the in-process services, or browser mode over HTTP).
 */
import type { SessionDetail } from '../../shared/contract/sessions';
import { defaultChoices, getScenario, scenarioToSetup } from '../../shared/scenario';
import { setupSchema, type Command, type Order } from '../../shared/engine';

/** Calls one host method. */
export type CallHost = <T>(method: string, args: unknown[]) => Promise<T>;

/** Options of {@link recordScenarioSession}. */
export interface RecordOptions {
  scenarioId?: string;
  name?: string;
  turns: number;
  seed?: number;
  /** Crowd size to scale the scenario to (its own when absent). */
  crowdSize?: number;
  /** Also use force too early (tear gas in turn 2, before the three appeals), so the record has judgements that are not proper. */
  harsh?: boolean;
}

/** The early force of a `harsh` session: orders the doctrine should not judge proper. */
function harshOrders(turn: number, units: readonly string[]): Order[] {
  const orders: Order[] = [];
  if (turn === 1 && units.includes('brimob-desak')) orders.push({ type: 'tear_gas', unitId: 'brimob-desak', area: { x: 79, y: 30, r: 8 } } as Order);
  if (turn === 2 && units.includes('awc')) orders.push({ type: 'water_cannon', unitId: 'awc', area: { x: 79, y: 30, r: 8 } } as Order);
  return orders;
}

/** The police orders of one turn: presence and appeals first, force later, as a class would play it. */
function policeOrders(turn: number, units: readonly string[]): Order[] {
  const has = (id: string) => units.includes(id);
  const orders: Order[] = [];
  if (turn === 0) {
    if (has('dalmas-awal-1')) orders.push({ type: 'formation', unitId: 'dalmas-awal-1', formation: 'bersaf' } as Order);
    if (has('negosiator')) orders.push({ type: 'appeal', unitId: 'negosiator' } as Order);
  }
  if (turn === 1 && has('dalmas-awal-1')) orders.push({ type: 'appeal', unitId: 'dalmas-awal-1' } as Order);
  if (turn === 2 && has('dalmas-awal-2')) orders.push({ type: 'appeal', unitId: 'dalmas-awal-2' } as Order);
  if (turn === 3 && has('awc')) orders.push({ type: 'water_cannon', unitId: 'awc', area: { x: 79, y: 30, r: 8 } } as Order);
  if (turn === 4 && has('dalmas-awal-1')) orders.push({ type: 'hold', unitId: 'dalmas-awal-1' } as Order);
  return orders;
}

/** Creates and plays a session; returns its detail after the last turn. Orders the engine refuses are dropped, not fatal. */
export async function recordScenarioSession(call: CallHost, options: RecordOptions): Promise<SessionDetail> {
  const scenario = getScenario(options.scenarioId ?? 'pleno-kpu');
  if (!scenario) throw new Error(`no scenario ${options.scenarioId}`);
  const choices = { ...defaultChoices(scenario), ...(options.crowdSize ? { crowdSize: options.crowdSize } : {}) };
  const setupInput = { ...scenarioToSetup(scenario, choices), turnLimit: Math.max(options.turns + 1, scenario.turnLimit) };
  const setup = setupSchema.parse(setupInput);
  let detail = await call<SessionDetail>('createSession', [{
    name: options.name ?? `Anev ${scenario.id}`, scenarioId: scenario.id, setup: setupInput, seed: options.seed ?? 7,
    players: setup.players.map((p) => ({ id: p.id, name: p.name, role: p.side })), crowdController: 'script',
  }]);
  for (let turn = 0; turn < options.turns; turn += 1) {
    for (const player of setup.players) {
      if (player.side !== 'police') continue;
      const orders = policeOrders(turn, player.controls);
      const extra = options.harsh ? harshOrders(turn, player.controls) : [];
      const submit = (list: Order[]) => call<{ ok: boolean }>('sendCommand', [detail.summary.id, { type: 'submitOrders', playerId: player.id, orders: list } satisfies Command]);
      if (orders.length + extra.length > 0) {
        let sent = await submit([...orders, ...extra]);
        if (!sent.ok && extra.length > 0 && orders.length > 0) sent = await submit(orders);
        if (!sent.ok) continue;
      }
      await call('sendCommand', [detail.summary.id, { type: 'endPlan', playerId: player.id } satisfies Command]);
    }
    const resolved = await call<{ ok: boolean; status: string; message?: string }>('sendCommand', [detail.summary.id, { type: 'resolveTurn', force: true } satisfies Command]);
    if (!resolved.ok) throw new Error(`turn ${turn + 1}: ${resolved.message}`);
    if (resolved.status === 'finished') break;
  }
  detail = await call<SessionDetail>('openSession', [detail.summary.id]);
  return detail;
}
