import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { planUnitsFor } from '../unitViews';
import { currentPlay } from '../playSession';
import { finishPlan } from '../gameFlow';
import { orderSubject } from '../orderPlanning';
import { ACTION_TOOLS, FORMATION_TOOLS, defaultToolFor, toolById, type OrderTool } from '../orderTools';
import { refusalText } from '../planCheck';
import { GestureLegend } from './GestureLegend';
import { CrowdLegend } from './CrowdLegend';
import { ReserveList } from './ReserveList';
import { legendKind } from '../crowdLegend';
import { PlanList } from './PlanList';
import { CarriedOrders } from './CarriedOrders';
import { chooseTool, selectUnit, undoOrder } from '../planActions';

/**
 * The planning side panel: the player's units, formation and action buttons for the selected unit,
 * the gestures of the moment, the planned orders (each removable and movable), and a footer that never
 * scrolls away: the last refusal, undo and "Selesai merencanakan". Keyboard: 1-4 formations, tool
 * letters, Backspace / Ctrl+Z undo, Escape deselects.
 */
export function PlanningPanel() {
  const t = useT();
  const playerId = useGameStore((state) => state.currentPlayerId);
  const selectedUnitId = useGameStore((state) => state.selectedUnitId);
  const plan = useGameStore((state) => state.plan);
  const toolId = useGameStore((state) => state.toolId);
  const sending = useGameStore((state) => state.phase === 'sending');
  const draftSaved = useGameStore((state) => state.draftSaved);
  const notice = useGameStore((state) => state.notice);
  const refusal = useGameStore((state) => state.refusal);
  const units = useMemo(() => {
    const game = currentPlay()?.mirror.game;
    return game && playerId ? planUnitsFor(game, playerId) : [];
  }, [playerId]);
  const names = useMemo(() => unitNames(), [playerId]);
  // The crowd player gets the crowd's own legend and keys, not the police ones.
  const legend = legendKind(currentPlay()?.mirror.game.state.players.find((p) => p.id === playerId)?.side);
  const selected = units.find((u) => u.id === selectedUnitId) ?? null;
  const formations = selected ? FORMATION_TOOLS.filter((tool) => tool.appliesTo(selected)) : [];
  const actions = selected ? ACTION_TOOLS.filter((tool) => tool.appliesTo(selected)) : [];
  const activeTool = toolId ? toolById(toolId) : undefined;
  const toolsRef = useRef<HTMLDivElement>(null);
  const ordersRef = useRef<HTMLHeadingElement>(null);
  // A unit picked on the map may sit low in a long list: its tools come into view.
  useEffect(() => {
    if (selectedUnitId) toolsRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedUnitId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      if (event.key === 'Backspace' || (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        undoOrder();
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        selectUnit(null);
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || !selected) return;
      const tool = [...formations, ...actions].find((candidate) => candidate.key === event.key.toLowerCase());
      if (tool) {
        event.preventDefault();
        chooseTool(tool);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const toolButton = (tool: OrderTool) => (
    <button
      key={tool.id}
      type="button"
      className="button button-small tool-button"
      aria-pressed={tool.id === toolId}
      data-testid={`tool-${tool.id}`}
      onClick={() => chooseTool(tool)}
      title={tool.key ? `${t(tool.labelKey)} (${tool.key.toUpperCase()})` : t(tool.labelKey)}
    >
      {t(tool.labelKey)}
      {tool.key && <kbd>{tool.key.toUpperCase()}</kbd>}
    </button>
  );

  const legendTool = selected ? activeTool ?? defaultToolFor(selected) : undefined;
  const refusalLine = refusal ? refusalText(t, refusal, names.get(refusal.unitId) ?? refusal.unitId) : null;
  const noticeLine = notice ? t(notice.key, { ...notice.params, ...Object.fromEntries(Object.entries(notice.keyParams ?? {}).map(([k, key]) => [k, t(key)])) }) : null;

  return (
    <aside className="planning-panel panel" data-testid="planning-panel">
      <div className="plan-scroll">
        <CarriedOrders playerId={playerId} />
        <h2>{legend === 'crowd' ? t('crowdBrief.groups') : t('plan.units')}</h2>
        {units.length === 0 && <p>{t('plan.noUnits')}</p>}
        <ul className="unit-list" data-testid="unit-list">
          {units.map((unit) => (
            <li key={unit.id}>
              <button
                type="button"
                className="unit-button"
                aria-pressed={unit.id === selectedUnitId}
                data-testid={`unit-${unit.id}`}
                onClick={() => selectUnit(unit.id === selectedUnitId ? null : unit.id)}
              >
                <span className="unit-name">{names.get(unit.id) ?? unit.id}</span>
                <span className="unit-type">{t(`unit.${unit.type}`)}</span>
                {plan.some((order) => orderSubject(order) === unit.id) && <span className="unit-has-orders">✓</span>}
              </button>
            </li>
          ))}
        </ul>
        <ReserveList playerId={playerId} />
        <div ref={toolsRef} className="plan-tools">
          <p className="plan-hint">
            {activeTool ? t(activeTool.input === 'drag' ? 'plan.dragHint' : 'plan.targetHint', { order: t(activeTool.labelKey) }) : t('plan.selectHint')}
          </p>
          {formations.length > 0 && (
            <div className="tool-group" role="group" aria-label={t('plan.formations')}>
              <h3>{t('plan.formations')}</h3>
              {formations.map(toolButton)}
            </div>
          )}
          {actions.length > 0 && (
            <div className="tool-group" role="group" aria-label={t('plan.actions')}>
              <h3>{t('plan.actions')}</h3>
              {actions.map(toolButton)}
            </div>
          )}
        </div>
        {legend === 'crowd' ? <CrowdLegend unit={selected} tool={legendTool} /> : <GestureLegend unit={selected} tool={legendTool} />}
        <h3 ref={ordersRef}>{t('plan.orders')}</h3>
        <PlanList plan={plan} />
        {legend === 'police' && <p className="keyboard-hint">{t('plan.keys')}</p>}
      </div>
      <div className="plan-footer">
        {refusalLine && <p className="game-notice plan-refusal" role="alert" data-testid="plan-refusal">{refusalLine}</p>}
        {noticeLine && <p className="game-notice" role="alert" data-testid="plan-notice">{noticeLine}</p>}
        <div className="button-row">
          <button type="button" className="button button-small" disabled={plan.length === 0} data-testid="plan-show-orders"
            onClick={() => ordersRef.current?.scrollIntoView?.({ block: 'start' })}>
            {t('plan.showOrders', { n: plan.length })}
          </button>
          <button type="button" className="button button-small" onClick={undoOrder} disabled={plan.length === 0} data-testid="plan-undo">
            {t('plan.undo')}
          </button>
          <span className="draft-state">{draftSaved ? t('plan.draftSaved') : ''}</span>
        </div>
        <button type="button" className="button button-primary" onClick={() => void finishPlan()} disabled={sending} data-testid="plan-end">
          {sending ? t('plan.sending') : t('plan.endPlan')}
        </button>
      </div>
    </aside>
  );
}

function unitNames(): Map<string, string> {
  const state = currentPlay()?.mirror.game.state;
  const names = new Map<string, string>();
  state?.units.forEach((u) => names.set(u.id, u.name));
  state?.groups.forEach((g) => names.set(g.id, g.name));
  return names;
}
