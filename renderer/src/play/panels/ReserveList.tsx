import { useMemo } from 'react';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { useT } from '../../i18n/useT';
import { currentPlay } from '../playSession';
import { arrivalText, heldReservesOf } from '../reserveView';
import './mapReading.css';

/**
 * The planning player's reserves still off the field, under the unit list: each named with "not yet
 * arrived" and when it comes (reserveView.ts), not as a unit that can be ordered. Nothing when none.
 */
export function ReserveList({ playerId }: { playerId: string | null }) {
  const t = useT();
  const reserves = useMemo(() => {
    const game = currentPlay()?.mirror.game;
    return game && playerId ? heldReservesOf(game, playerId) : [];
  }, [playerId]);
  if (reserves.length === 0) return null;
  return (
    <div className="reserve-list" data-testid="reserve-list">
      <h3>{t('reserve.heading')}</h3>
      <ul>
        {reserves.map((r) => (
          <li key={r.id} data-testid={`reserve-${r.id}`} aria-disabled="true" title={t('reserve.noOrders')}>
            <span className="unit-name">{r.name}</span>
            <span className="unit-type">{t(`unit.${r.type}` as MessageKey)}</span>
            <span className="reserve-when">{t('reserve.line', { when: arrivalText(r, t) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
