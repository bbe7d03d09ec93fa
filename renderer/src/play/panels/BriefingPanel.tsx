import { textIn, useLanguage, useT } from '../../i18n/useT';
import { unitTypes } from '../engineFacade';
import { scenarioClock } from '../hudNumbers';
import { presetCrowdSize, type ScenarioPreset } from '../../new-session/presets';
import type { SessionForm } from '../../new-session/sessionSetupForm';

/** Props of {@link BriefingPanel}. */
export interface BriefingPanelProps {
  preset: ScenarioPreset;
  form: SessionForm;
  starting: boolean;
  onBack(): void;
  onStart(): void;
}

/** The briefing read out before the exercise: situation, forces (who commands what), objectives. */
export function BriefingPanel({ preset, form, starting, onBack, onStart }: BriefingPanelProps) {
  const t = useT();
  const language = useLanguage();
  const scale = form.crowdSize / Math.max(1, presetCrowdSize(preset));
  const officers = preset.police.reduce((n, u) => n + unitTypes[u.type].strength + unitTypes[u.type].crew, 0);
  return (
    <section className="panel briefing" data-testid="briefing">
      <h2>{t('briefing.title')}: {textIn(language, preset.name)}</h2>
      <p>{t('briefing.turns', { turns: preset.turnLimit, minutes: Math.round(preset.secondsPerTurn / 60), time: scenarioClock(0, 1).slice(0, 5) })}</p>
      <h3>{t('briefing.situation')}</h3>
      <p>{textIn(language, preset.situation)}</p>
      <p>{textIn(language, preset.briefing)}</p>
      <h3>{t('briefing.forces')}</h3>
      <div className="briefing-forces">
        <div>
          <h4>{t('briefing.police')} — {t('briefing.persons', { count: officers })}</h4>
          <ul>
            {preset.police.map((unit) => (
              <li key={unit.id}>
                {unit.name} ({t(`unit.${unit.type}`)}) — {form.policeNames[form.assignment[unit.id] ?? 0]}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{t('briefing.crowd')} — {form.crowdController === 'person' ? form.crowdName : t('game.crowd.script')}</h4>
          <ul>
            {preset.crowd.map((group) => (
              <li key={group.id}>{textIn(language, group.name)}: {t('briefing.persons', { count: Math.max(10, Math.round(group.size * scale)) })}</li>
            ))}
          </ul>
        </div>
      </div>
      <h3>{t('briefing.objectives')}</h3>
      <p>{textIn(language, preset.objectives)}</p>
      <p>{t('briefing.objectivesCommon')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onBack} data-testid="briefing-back">{t('game.backToSetup')}</button>
        <button type="button" className="button button-primary" onClick={onStart} disabled={starting} data-testid="briefing-start">
          {starting ? t('game.starting') : t('game.start')}
        </button>
      </div>
    </section>
  );
}
