import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { orderSubject } from '../orderPlanning';
import { currentPlay } from '../playSession';
import { carriedLines } from '../planListing';
import { stopUnit } from '../planActions';

/**
 * What the player's units still do from earlier turns (a water cannon still spraying, a rope line
 * still held, orders waiting in a queue), each unit with a "Hentikan" button that puts a stop order
 * first in its plan. Shown above the new plan, so nothing keeps running unseen.
 */
export function CarriedOrders({ playerId }: { playerId: string | null }) {
  const t = useT();
  const plan = useGameStore((state) => state.plan);
  const lines = useMemo(() => {
    const game = currentPlay()?.mirror.game;
    return game && playerId ? carriedLines(game, playerId, t) : [];
  }, [playerId, t]);
  if (lines.length === 0) return null;
  const units = [...new Set(lines.map((line) => line.unitId))];
  return (
    <section className="carried-orders" aria-label={t('carried.title')} data-testid="carried-orders">
      <h3>{t('carried.title')}</h3>
      <ul>
        {units.map((unitId) => {
          const own = lines.filter((line) => line.unitId === unitId);
          const unit = own[0]!.unit;
          // A stop already planned first for this unit: said so, and not planned twice.
          const stopping = plan.find((order) => orderSubject(order) === unitId)?.type === 'stop';
          return (
            <li key={unitId} data-testid={`carried-${unitId}`}>
              <span className="carried-unit">{unit}</span>
              {own.map((line) => <span key={line.text} className="carried-line">{line.text}</span>)}
              {stopping
                ? <span className="carried-line carried-stopping" data-testid={`carried-stopping-${unitId}`}>{t('carried.stopping')}</span>
                : <button type="button" className="button button-small" onClick={() => stopUnit(unitId)}
                  aria-label={t('carried.stopLabel', { unit })} data-testid={`carried-stop-${unitId}`}>{t('carried.stop')}</button>}
            </li>
          );
        })}
      </ul>
      <p className="carried-hint">{t('carried.hint')}</p>
    </section>
  );
}
