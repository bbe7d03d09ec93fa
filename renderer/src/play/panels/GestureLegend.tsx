import { useT } from '../../i18n/useT';
import type { OrderTool, PlanUnit } from '../orderTools';
import { reachOf } from '../planCheck';


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
    const target = tool.targeting;
    if (tool.input === 'drag') lines.push(t('legend.shiftDrag', { order }));
    else if (target === 'unit' || target === 'group' || target === 'protester' || target === 'person' || target === 'gate') {
      lines.push(t('legend.pickTarget', { order, target: t(`legend.target.${target}`) }));
    } else lines.push(t('legend.click', { order }));
    if (tool.id === 'move') lines.push(t('legend.clickAgain'), t('legend.shiftClick'));
    if (unit.side === 'police' && unit.allowed.includes('face')) {
      lines.push(t('legend.rightClick'));
      if (tool.id === 'move') lines.push(t('legend.shiftDragMove'));
    }
    lines.push(t('legend.sequence'));
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
