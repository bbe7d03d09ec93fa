import { aiLevels } from '../../../shared/ai/levels';
import { textIn, useLanguage, useT } from '../i18n/useT';
import type { SessionForm } from '../new-session/sessionSetupForm';
import type { ScenarioPreset } from '../new-session/presets';

/** Props of {@link AiCrowdChoice}. */
export interface AiCrowdChoiceProps {
  preset: ScenarioPreset;
  form: SessionForm;
  onChange(form: SessionForm): void;
}

/**
 * The AI crowd's settings on the new-session form: the difficulty level with its one-line description
 * (what the level changes), and the scenario's AI plan, drawn from the seed unless the instructor picks one.
 */
export function AiCrowdChoice({ preset, form, onChange }: AiCrowdChoiceProps) {
  const t = useT();
  const language = useLanguage();
  const plans = preset.scenario.aiPlans;
  return (
    <>
      <div className="form-row">
        <label htmlFor="field-aiLevel">{t('ai.level')}</label>
        <div className="form-field">
          <select id="field-aiLevel" value={form.aiLevel} data-testid="ai-level" aria-describedby="ai-level-hint"
            onChange={(e) => onChange({ ...form, aiLevel: aiLevels.find((level) => level === e.target.value) ?? form.aiLevel })}>
            {aiLevels.map((level) => <option key={level} value={level}>{t(`ai.level.${level}`)}</option>)}
          </select>
          <small id="ai-level-hint" data-testid="ai-level-hint">{t(`ai.level.${form.aiLevel}.hint`)}</small>
        </div>
      </div>
      <div className="form-row">
        <label htmlFor="field-aiPlan">{t('ai.plan')}</label>
        <div className="form-field">
          {plans.length === 0 ? <small>{t('ai.plan.none')}</small> : (
            <select id="field-aiPlan" value={plans.some((p) => p.id === form.aiPlanId) ? form.aiPlanId : ''} data-testid="ai-plan"
              // The select is narrow: the chosen plan's full name on hover.
              title={textIn(language, plans.find((p) => p.id === form.aiPlanId)?.name ?? { id: t('ai.plan.drawn'), en: t('ai.plan.drawn') })}
              onChange={(e) => onChange({ ...form, aiPlanId: e.target.value })}>
              <option value="">{t('ai.plan.drawn')}</option>
              {plans.map((plan) => <option key={plan.id} value={plan.id}>{textIn(language, plan.name)}</option>)}
            </select>
          )}
        </div>
      </div>
    </>
  );
}
