import { useMemo } from 'react';
import { sessionLimits } from '../../../shared/contract/limits';
import { textIn, useLanguage, useT } from '../i18n/useT';
import { defaultAssignment, formLimitProblems, idlePolicePlayers, type SessionForm } from '../new-session/sessionSetupForm';
import type { ScenarioPreset } from '../new-session/presets';

/** Props of {@link SessionSetupPanel}. */
export interface SessionSetupPanelProps {
  presets: readonly ScenarioPreset[];
  preset: ScenarioPreset;
  form: SessionForm;
  onChange(form: SessionForm): void;
  onPresetChange(preset: ScenarioPreset): void;
  onContinue(): void;
}

/**
 * New session, step 2: scenario, session name, players (1-4 police players, the crowd played by a
 * person or left to the scenario, an optional Direktur Latihan), crowd size and which police player
 * commands which unit.
 */
export function SessionSetupPanel({ presets, preset, form, onChange, onPresetChange, onContinue }: SessionSetupPanelProps) {
  const t = useT();
  const language = useLanguage();
  const idle = idlePolicePlayers(form);
  const limitProblems = useMemo(() => formLimitProblems(form, preset), [form, preset]);
  const { sessionNameMax, playerNameMax, crowdPeopleMin, crowdPeopleMax, crowdPeopleStep } = sessionLimits;
  const policeCounts = Array.from({ length: sessionLimits.policePlayersMax - sessionLimits.policePlayersMin + 1 }, (_, i) => sessionLimits.policePlayersMin + i);
  const setCount = (count: number) => {
    const names = Array.from({ length: count }, (_, i) => form.policeNames[i] ?? t('game.defaultPoliceName', { n: i + 1 }));
    onChange({ ...form, policeNames: names, assignment: defaultAssignment(preset, count) });
  };
  return (
    <fieldset className="panel session-setup" data-testid="session-setup">
      <legend>{t('game.scenario')}</legend>
      <label className="form-row">
        <span>{t('game.scenario')}</span>
        <select value={preset.id} data-testid="scenario-select" onChange={(e) => onPresetChange(presets.find((p) => p.id === e.target.value) ?? preset)}>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>{textIn(language, p.name)}</option>
          ))}
        </select>
      </label>
      <label className="form-row">
        <span>{t('game.sessionName')}</span>
        <input value={form.name} maxLength={sessionNameMax} data-testid="session-name" onChange={(e) => onChange({ ...form, name: e.target.value })} />
      </label>
      <label className="form-row">
        <span>{t('game.policePlayers')}</span>
        <select value={form.policeNames.length} data-testid="police-count" onChange={(e) => setCount(Number(e.target.value))}>
          {policeCounts.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      {form.policeNames.map((name, index) => (
        <label className="form-row" key={index}>
          <span>{t('game.policePlayer', { n: index + 1 })}</span>
          <input
            value={name}
            maxLength={playerNameMax}
            data-testid={`police-name-${index}`}
            onChange={(e) => onChange({ ...form, policeNames: form.policeNames.map((n, i) => (i === index ? e.target.value : n)) })}
          />
        </label>
      ))}
      <div className="form-row" role="radiogroup" aria-label={t('game.crowdSide')}>
        <span>{t('game.crowdSide')}</span>
        {(['person', 'script'] as const).map((controller) => (
          <label key={controller} className="inline-option">
            <input type="radio" name="crowd-controller" checked={form.crowdController === controller} data-testid={`crowd-${controller}`}
              onChange={() => onChange({ ...form, crowdController: controller })} />
            {t(`game.crowd.${controller}`)}
          </label>
        ))}
      </div>
      {form.crowdController === 'person' && (
        <label className="form-row">
          <span>{t('game.crowdPlayerName')}</span>
          <input value={form.crowdName} maxLength={playerNameMax} data-testid="crowd-name" onChange={(e) => onChange({ ...form, crowdName: e.target.value })} />
        </label>
      )}
      <label className="form-row">
        <span>{t('game.instructor')}</span>
        <input value={form.instructorName} maxLength={playerNameMax} data-testid="instructor-name" onChange={(e) => onChange({ ...form, instructorName: e.target.value })} />
      </label>
      <label className="form-row">
        <span>{t('game.crowdSize')}</span>
        <input type="number" min={crowdPeopleMin} max={crowdPeopleMax} step={crowdPeopleStep} value={form.crowdSize} data-testid="crowd-size"
          onChange={(e) => onChange({ ...form, crowdSize: Math.max(crowdPeopleMin, Math.min(crowdPeopleMax, Number(e.target.value) || crowdPeopleMin)) })} />
      </label>
      <label className="form-row">
        <span>{t('game.seed')}</span>
        <input inputMode="numeric" pattern="[0-9]*" maxLength={9} value={form.seed} placeholder={t('game.seedPlaceholder')} data-testid="session-seed"
          onChange={(e) => onChange({ ...form, seed: e.target.value.replace(/\D/g, '') })} />
      </label>
      {form.policeNames.length > 1 && (
        <table className="assignment-table" data-testid="assignment-table">
          <caption>{t('game.unitsAssignment')}</caption>
          <tbody>
            {preset.police.map((unit) => (
              <tr key={unit.id}>
                <th scope="row">{unit.name} <small>{t(`unit.${unit.type}`)}</small></th>
                <td>
                  <select aria-label={`${t('game.commandedBy')}: ${unit.name}`} value={form.assignment[unit.id] ?? 0} data-testid={`assign-${unit.id}`}
                    onChange={(e) => onChange({ ...form, assignment: { ...form.assignment, [unit.id]: Number(e.target.value) } })}>
                    {form.policeNames.map((name, index) => <option key={index} value={index}>{name || t('game.policePlayer', { n: index + 1 })}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {idle.length > 0 && <p className="game-notice" role="alert">{t('plan.noUnits')}: {idle.map((i) => form.policeNames[i]).join(', ')}</p>}
      {limitProblems.length > 0 && (
        <p className="game-notice" role="alert" data-testid="setup-limits">
          {t('limits.title')}: {limitProblems.map((problem) => t(problem.key, problem.params)).join('; ')}
        </p>
      )}
      <button type="button" className="button button-primary" disabled={idle.length > 0 || limitProblems.length > 0} onClick={onContinue} data-testid="to-briefing">
        {t('game.toBriefing')}
      </button>
    </fieldset>
  );
}
