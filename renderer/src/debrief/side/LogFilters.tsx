import { useMemo } from 'react';
import { logCategories, type LogCategory, type LogEntry, type LogSide } from '../../../../shared/debrief/timeline';
import { verdicts, type Verdict } from '../../../../shared/engine/index';
import { useT } from '../../i18n/useT';
import { setFilter } from '../debriefFlow';
import { useDebriefStore } from '../debriefStore';
import { unitName, type EntryContext } from './describeEntry';

/** The sides the side filter offers. */
const sides: readonly LogSide[] = ['police', 'crowd', 'instructor', 'none'];

/**
 * The event log's filters: kind, side, player, unit and verdict, each one choice or "all" (the store's
 * filter takes lists; one choice keeps the panel narrow and every control a labelled select).
 */
export function LogFilters({ entries, ctx }: { entries: readonly LogEntry[]; ctx: EntryContext }) {
  const t = useT();
  const filter = useDebriefStore((state) => state.filter);
  const players = useDebriefStore((state) => state.players);
  const units = useMemo(() => {
    const ids = new Set<string>();
    for (const entry of entries) if (entry.unitId) ids.add(entry.unitId);
    return [...ids].map((id) => ({ id, name: unitName(ctx, id) ?? id })).sort((a, b) => a.name.localeCompare(b.name));
  }, [entries, ctx]);
  const active = Boolean(filter.categories?.length || filter.sides?.length || filter.playerId || filter.unitId || filter.verdicts?.length);
  const any = t('debriefSide.filter.any');

  return (
    <fieldset className="side-filters" data-testid="log-filters">
      <legend className="visually-hidden">{t('debriefSide.filters')}</legend>
      <label>
        {t('debriefSide.filter.kind')}
        <select value={filter.categories?.[0] ?? ''} onChange={(e) => setFilter({ categories: e.target.value ? [e.target.value as LogCategory] : [] })} data-testid="filter-kind">
          <option value="">{any}</option>
          {logCategories.map((category) => <option key={category} value={category}>{t(`debrief.category.${category}`)}</option>)}
        </select>
      </label>
      <label>
        {t('debriefSide.filter.side')}
        <select value={filter.sides?.[0] ?? ''} onChange={(e) => setFilter({ sides: e.target.value ? [e.target.value as LogSide] : [] })} data-testid="filter-side">
          <option value="">{any}</option>
          {sides.map((side) => <option key={side} value={side}>{t(`debrief.side.${side}`)}</option>)}
        </select>
      </label>
      <label>
        {t('debriefSide.filter.player')}
        <select value={filter.playerId ?? ''} onChange={(e) => setFilter({ playerId: e.target.value || null })} data-testid="filter-player">
          <option value="">{any}</option>
          {players.map((player) => <option key={player.id} value={player.id}>{player.name}</option>)}
        </select>
      </label>
      <label>
        {t('debriefSide.filter.unit')}
        <select value={filter.unitId ?? ''} onChange={(e) => setFilter({ unitId: e.target.value || null })} data-testid="filter-unit">
          <option value="">{any}</option>
          {units.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
        </select>
      </label>
      <label>
        {t('debriefSide.filter.verdict')}
        <select value={filter.verdicts?.[0] ?? ''} onChange={(e) => setFilter({ verdicts: e.target.value ? [e.target.value as Verdict] : [] })} data-testid="filter-verdict">
          <option value="">{any}</option>
          {verdicts.map((verdict) => <option key={verdict} value={verdict}>{t(`verdict.${verdict}`)}</option>)}
        </select>
      </label>
      <button
        type="button"
        className="button button-small"
        disabled={!active}
        onClick={() => setFilter({ categories: [], sides: [], playerId: null, unitId: null, verdicts: [] })}
        data-testid="filter-clear"
      >
        {t('debriefSide.filter.clear')}
      </button>
    </fieldset>
  );
}
