import { useT } from '../../i18n/useT';
import type { OrderTool, PlanUnit } from '../orderTools';
import { reachOf } from '../planCheck';

/** Tools aimed by clicking a thing on the map (the nearest group, unit, gate, person or protester). */
const TARGET_TOOLS = new Set(['negotiate', 'lapis_ganti', 'lintas_ganti', 'arrest', 'gate', 'take_hostage']);

/**
 * The gestures of the moment, written out: what a click, a right click and a Shift+drag do with the
 * selected unit and tool, the reach ring's meaning, the camera and the keys. Shown under the tools.
 */
export function GestureLegend({ unit, tool }: { unit: PlanUnit | null; tool: OrderTool | undefined }) {
  const t = useT();
  const lines: string[] = [];
  if (!unit || !tool) {
    lines.push(t('legend.noSelection'));
  } else {
    const order = t(tool.labelKey);
    if (tool.input === 'drag') lines.push(t('legend.shiftDrag', { order }));
    else lines.push(t(TARGET_TOOLS.has(tool.id) ? 'legend.clickTarget' : 'legend.click', { order }));
    if (unit.side === 'police' && unit.allowed.includes('face')) {
      lines.push(t('legend.rightClick'));
      if (tool.id === 'move') lines.push(t('legend.shiftDragMove'));
    }
    const reach = reachOf(tool.id);
    if (reach !== null) lines.push(t('legend.reach', { order, reach }));
  }
  lines.push(t('legend.camera'), t('legend.cancel'));
  return (
    <section className="gesture-legend" aria-label={t('legend.title')} data-testid="gesture-legend">
      <h3>{t('legend.title')}</h3>
      <ul>
        {lines.map((line) => <li key={line}>{line}</li>)}
      </ul>
    </section>
  );
}
