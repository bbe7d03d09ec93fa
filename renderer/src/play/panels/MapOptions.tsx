import { useEffect } from 'react';
import { create } from 'zustand';
import { useT } from '../../i18n/useT';
import { useGameStore } from '../gameStore';
import { currentPlay } from '../playSession';
import { hoverDetails } from '../mapHover';
import type { ScenePick } from '../../scene/table/sceneContract';
import './mapReading.css';

/**
 * The map's reading options and hover card: whether call-signs and group names are written on the
 * map (a button and the L key), and the small card that names what the pointer rests on (name, kind,
 * commander, strength, current task). Both change only on a click, a key or a new hover target.
 */

/** Map reading options (kept while the app runs). */
export interface MapOptionsState {
  labels: boolean;
  hover: { pick: ScenePick; screen: [number, number] } | null;
}

/** The map options store. */
export const useMapOptions = create<MapOptionsState>(() => ({ labels: true, hover: null }));

/** Switches the map labels on or off. */
export function toggleMapLabels(): void {
  useMapOptions.setState((s) => ({ labels: !s.labels }));
}

/** Sets (or clears) what the pointer rests on; the scene calls it only when that changes. */
export function setMapHover(hover: MapOptionsState['hover']): void {
  useMapOptions.setState({ hover });
}

/** The "names on map" switch, with the L key while no text field has the focus. */
export function MapLabelsToggle() {
  const t = useT();
  const labels = useMapOptions((s) => s.labels);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      toggleMapLabels();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <button type="button" className="button button-small" aria-pressed={labels} onClick={toggleMapLabels} title={t('map.labelsHint')} data-testid="map-labels-toggle">
      {t('map.labels')} <kbd>L</kbd>
    </button>
  );
}

/**
 * The card over the map for whatever the pointer rests on, beside the pointer; with no pointer on
 * anything, the selected unit's card in the map's corner (so a unit chosen from the list with the
 * keyboard is described too). Refreshed with the HUD numbers.
 */
export function MapHoverCard() {
  const t = useT();
  const hover = useMapOptions((s) => s.hover);
  const selected = useGameStore((s) => s.selectedUnitId);
  useGameStore((s) => s.hud);
  const game = currentPlay()?.shownGame();
  const id = hover?.pick.unitId ?? selected;
  if (!id || !game) return null;
  const details = hoverDetails(game, id, t);
  if (!details) return null;
  const style = hover ? { left: hover.screen[0] + 14, top: hover.screen[1] + 14 } : { left: 8, bottom: 30 };
  return (
    <div className="map-hover" role="status" aria-live="polite" data-testid={hover ? 'map-hover' : 'map-selected-card'} style={style}>
      <strong>{details.name}</strong>
      <span className="map-hover-kind">{details.kind}</span>
      {details.owner && <span>{t('map.hoverOwner', { name: details.owner })}</span>}
      <span>{details.strength}</span>
      <span>{t('map.task', { task: details.task })}</span>
    </div>
  );
}

/** A one-line key to the map's colours (own units while planning, another player's when there are any, casualties). */
export function MapKey({ own, other }: { own: boolean; other: boolean }) {
  const t = useT();
  return (
    <p className="map-key" data-testid="map-key">
      {own && <span className="map-key-own">{t('map.legendOwn')}</span>}
      {other && <span className="map-key-other">{t('map.legendOther')}</span>}
      <span className="map-key-casualty">{t('map.legendCasualty')}</span>
    </p>
  );
}
