import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import type { Order } from '../engineFacade';
import { currentPlay } from '../playSession';
import { orderLine } from '../planListing';
import { moveOrder, removeOrder } from '../planActions';

/**
 * The planned orders, in the sequence they run: each with its unit, order, destination or target and
 * start, and buttons to move it up or down or remove it (each refused, with the reason shown, when the
 * engine would then refuse the plan).
 */
export function PlanList({ plan }: { plan: readonly Order[] }) {
  const t = useT();
  const lines = useMemo(() => {
    const game = currentPlay()?.mirror.game;
    return game ? plan.map((order) => orderLine(game, order, t)) : [];
  }, [plan, t]);
  if (plan.length === 0) return <p>{t('plan.noOrders')}</p>;
  return (
    <ol className="plan-list" data-testid="plan-list">
      {lines.map((line, index) => {
        const label = `${line.unit}: ${line.order}`;
        const n = index + 1;
        return (
          <li key={index} className="plan-order" data-testid={`plan-order-${index}`}>
            <span className="plan-order-text">
              <span className="plan-order-title">{label}</span>
              <span className="plan-order-detail">{[line.detail, line.start].filter(Boolean).join(' · ')}</span>
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
