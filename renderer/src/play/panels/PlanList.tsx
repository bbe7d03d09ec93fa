import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import type { Order } from '../engineFacade';
import { currentPlay } from '../playSession';
import { orderLine } from '../planListing';
import { moveOrder, removeOrder, setOrderTiming, type OrderTiming } from '../planActions';

/** The last second an order may be set to start at (a queue may reach into later turns). */
const MAX_START_SECOND = 600;

/**
 * The planned orders, in the sequence they run: each with its unit, order, destination or target,
 * start and (for a standing order) duration; its start can be set (default, after last turn's queue,
 * or a second of the turn), a standing order's duration too, and buttons move it up or down or remove
 * it (each refused, with the reason shown, when the engine would then refuse the plan).
 */
export function PlanList({ plan }: { plan: readonly Order[] }) {
  const t = useT();
  const lines = useMemo(() => {
    const game = currentPlay()?.mirror.game;
    return game ? plan.map((_, index) => orderLine(game, plan, index, t)) : [];
  }, [plan, t]);
  if (plan.length === 0) return <p>{t('plan.noOrders')}</p>;
  return (
    <ol className="plan-list" data-testid="plan-list">
      {lines.map((line, index) => {
        const order = plan[index]!;
        const label = `${line.unit}: ${line.order}`;
        const n = index + 1;
        const timing = timingOf(order);
        const set = (change: Partial<OrderTiming>) => setOrderTiming(index, { ...timing, ...change });
        const mode = timing.atSecond !== null ? 'at' : timing.afterQueue ? 'queue' : 'default';
        return (
          <li key={index} className="plan-order" data-testid={`plan-order-${index}`}>
            <span className="plan-order-text">
              <span className="plan-order-title">{label}</span>
              <span className="plan-order-detail">{[line.detail, line.start].filter(Boolean).join(' · ')}</span>
              <span className="plan-order-timing">
                <select
                  aria-label={t('planList.timing', { n })}
                  value={mode}
                  data-testid={`plan-timing-${index}`}
                  onChange={(e) => {
                    const v = e.target.value;
                    set(v === 'at' ? { atSecond: 0, afterQueue: false } : { atSecond: null, afterQueue: v === 'queue' });
                  }}
                >
                  <option value="default">{t('planList.timingDefault')}</option>
                  {line.firstOfUnit && <option value="queue">{t('planList.timingAfterQueue')}</option>}
                  <option value="at">{t('planList.timingAt')}</option>
                </select>
                {mode === 'at' && (
                  <input
                    type="number"
                    min={0}
                    max={MAX_START_SECOND}
                    step={5}
                    className="plan-second"
                    aria-label={t('planList.secondLabel', { n, max: MAX_START_SECOND })}
                    data-testid={`plan-second-${index}`}
                    defaultValue={timing.atSecond ?? 0}
                    onBlur={(e) => set({ atSecond: clampNumber(e.target.value, 0, MAX_START_SECOND) ?? 0 })}
                    onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }}
                  />
                )}
                {line.standing && <span aria-hidden="true">{t('planList.duration')}</span>}
                {line.standing && (
                  <input
                    type="number"
                    min={1}
                    max={3600}
                    step={5}
                    className="plan-second"
                    placeholder={t('planList.durationPlaceholder')}
                    aria-label={t('planList.durationLabel', { n })}
                    data-testid={`plan-duration-${index}`}
                    defaultValue={timing.seconds ?? ''}
                    onBlur={(e) => set({ seconds: clampNumber(e.target.value, 1, 3600) })}
                    onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }}
                  />
                )}
              </span>
            </span>
            <span className="plan-order-buttons">
              <button type="button" className="icon-button" disabled={index === 0} onClick={() => moveOrder(index, -1)}
                aria-label={t('planList.upLabel', { n, order: label })} title={t('planList.upLabel', { n, order: label })} data-testid={`plan-up-${index}`}>↑</button>
              <button type="button" className="icon-button" disabled={index === lines.length - 1} onClick={() => moveOrder(index, 1)}
                aria-label={t('planList.downLabel', { n, order: label })} title={t('planList.downLabel', { n, order: label })} data-testid={`plan-down-${index}`}>↓</button>
              <button type="button" className="icon-button icon-remove" onClick={() => removeOrder(index)}
                aria-label={t('planList.removeLabel', { n, order: label })} title={t('planList.removeLabel', { n, order: label })} data-testid={`plan-remove-${index}`}>✕</button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The order's start and duration as the list's controls show them. */
function timingOf(order: Order): OrderTiming {
  const start = order.start;
  const seconds = (order as { seconds?: number }).seconds;
  return { atSecond: typeof start === 'object' ? start.atSecond : null, afterQueue: start === 'after_previous', seconds: seconds ?? null };
}

/** A typed number within bounds, or null for an empty or unreadable field. */
function clampNumber(text: string, min: number, max: number): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : null;
}
