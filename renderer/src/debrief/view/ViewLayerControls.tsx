import { densityBands, HEAT_CELL_METRES } from '../../../../shared/debrief/heatGrid';
import { useT } from '../../i18n/useT';
import { seekTo, setView } from '../debriefFlow';
import { useDebriefStore, type HeatMode } from '../debriefStore';
import { INJURY_CELL_METRES, TRAIL_COLOURS } from './viewLayers';

/** Injury windows offered, in minutes of scenario time before the moment shown. */
const WINDOW_MINUTES = [1, 5, 10, 30] as const;
const HEAT_MODES: HeatMode[] = ['off', 'density', 'injuries'];

/** Turns trails on or off; on asks the worker for the moment again, so the trail covers what it has simulated since. */
function toggleTrails(on: boolean): void {
  setView({ trails: on });
  if (on) seekTo(useDebriefStore.getState().tick);
}

/** Props of {@link ViewLayerControls}. */
export interface ViewLayerControlsProps {
  /** Largest cell of the heat map shown (injuries: the top of the scale). */
  heatMax: number;
}

/**
 * The small panel in the corner of the debrief's 3D view: trails on or off, which heat map (none, crowd
 * density, injuries) and the injury window, with the legend of what is drawn.
 */
export function ViewLayerControls({ heatMax }: ViewLayerControlsProps) {
  const t = useT();
  const trails = useDebriefStore((state) => state.trails);
  const heat = useDebriefStore((state) => state.heat);
  const windowSeconds = useDebriefStore((state) => state.heatWindowSeconds);
  const minutes = Math.round(windowSeconds / 60);

  return (
    <div className="view-layers" data-testid="view-layers" data-heat-max={heatMax.toFixed(2)}>
      <div className="view-layers-row">
        <label className="inline-option">
          <input type="checkbox" checked={trails} onChange={(event) => toggleTrails(event.target.checked)} data-testid="trails-toggle" />
          {t('debrief.trails')}
          {trails && (
            <span className="view-legend-item" title={t('debrief.trails.legend')} aria-label={t('debrief.trails.legend')}>
              <span className="legend-swatch" style={{ background: TRAIL_COLOURS.police }} />
              <span className="legend-swatch" style={{ background: TRAIL_COLOURS.crowd }} />
            </span>
          )}
        </label>
        <label className="inline-option">
          {t('debrief.heat')}
          <select value={heat} onChange={(event) => setView({ heat: event.target.value as HeatMode })} data-testid="heat-mode">
            {HEAT_MODES.map((mode) => (
              <option key={mode} value={mode}>{t(`debrief.heat.${mode}`)}</option>
            ))}
          </select>
        </label>
        {heat === 'injuries' && (
          <label className="inline-option" title={t('debrief.heatWindow')}>
            <select value={minutes} onChange={(event) => setView({ heatWindowSeconds: Number(event.target.value) * 60 })} aria-label={t('debrief.heatWindow')} data-testid="heat-window">
              {WINDOW_MINUTES.map((value) => (
                <option key={value} value={value}>{t('debrief.heatWindow.minutes', { minutes: value })}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      {heat === 'density' && (
        <div className="view-legend" data-testid="heat-legend">
          <span className="view-legend-title">{t('debrief.heatLegend.density', { cell: HEAT_CELL_METRES })}</span>
          {densityBands.map((band) => (
            <span key={band.id} className="view-legend-item">
              <span className="legend-swatch" style={{ background: `rgb(${band.rgb.join(',')})` }} />
              {t(`debrief.density.${band.id}`)}
            </span>
          ))}
        </div>
      )}
      {heat === 'injuries' && (
        <div className="view-legend" data-testid="heat-legend">
          <span className="view-legend-title">{t('debrief.heatLegend.injuries', { cell: INJURY_CELL_METRES, minutes })}</span>
          {heatMax > 0 ? (
            <span className="view-legend-item">
              <span className="legend-ramp" />
              {t('debrief.heatLegend.injuryScale', { max: heatMax })}
            </span>
          ) : (
            <span className="view-legend-item">{t('debrief.heatLegend.none')}</span>
          )}
        </div>
      )}
    </div>
  );
}
