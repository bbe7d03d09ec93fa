import type { SessionPlayer } from '../../../../shared/contract/sessions';
import { readTurnLog } from '../../../../shared/debrief/commandLog';
import { describeOrder, entryPlace, groupName, unitName, type EntryContext } from '../../debrief/side/describeEntry';
import type { Order } from '../engineFacade';
import { currentPlay } from '../playSession';

/**
 * Both sides' plans of the turn just played, for the Direktur Latihan only: every order each player
 * gave, read from the session's command log the way the debrief reads it (readTurnLog), with the unit or
 * group, what and where to.
 */
export function DirectorPlans({ players, ctx }: { players: readonly SessionPlayer[]; ctx: EntryContext }) {
  const { t } = ctx;
  const record = currentPlay()?.record;
  const last = record?.lastTurn ?? null;
  if (!record || !last) return <p>{t('director.noPlans')}</p>;
  const turn = last.turn + 1;
  const orders = readTurnLog(record.commands).orders.filter((given) => given.turn === turn);
  return (
    <section className="director-plans" data-testid="director-plans" aria-label={t('director.plans', { turn })}>
      <h3>{t('director.plans', { turn })}</h3>
      {players.filter((player) => player.role !== 'instructor').map((player) => {
        const own = orders.filter((given) => given.playerId === player.id);
        return (
          <div key={player.id} className="director-plan" data-player={player.id}>
            <h4>{player.name} <small>{t(`handoff.role.${player.role === 'crowd' ? 'crowd' : 'police'}`)}</small></h4>
            {own.length === 0 ? <p className="summary-detail">{t('director.noOrders')}</p> : (
              <ol className="director-orders">
                {own.map((given) => {
                  const words = describeOrder(given.order, ctx);
                  const target = orderTarget(given.order, ctx);
                  return (
                    <li key={given.orderId}>
                      <strong>{words.subject}</strong>: {words.what}{target ? ` → ${target}` : ''}
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
        );
      })}
    </section>
  );
}

/** Where an order goes or whom it aims at, in the debrief's words for places, units and groups. */
function orderTarget(order: Order, ctx: EntryContext): string | null {
  const at = (p: { x: number; y: number }) => entryPlace({ place: { x: p.x, y: p.y } }, ctx);
  const o = order as Record<string, unknown> & Order;
  if (order.type === 'move') return at(order.waypoints.at(-1)!);
  if (order.type === 'negotiate') return groupName(ctx, order.groupId);
  if (order.type === 'lapis_ganti' || order.type === 'lintas_ganti') return unitName(ctx, order.relieveUnitId);
  for (const key of ['to', 'toward', 'at', 'area'] as const) {
    const point = o[key] as { x: number; y: number } | undefined;
    if (point && typeof point.x === 'number') return at(point);
  }
  if ('a' in o && 'b' in o) {
    const a = o.a as { x: number; y: number };
    const b = o.b as { x: number; y: number };
    return at({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  }
  return null;
}
