import { useMemo, type ReactNode } from 'react';
import { sessionLimits } from '../../../shared/contract/limits';
import { textIn, useLanguage, useT } from '../i18n/useT';
import {
  AI_POLICE_INDEX, defaultAssignment, formLimitProblems, formProblems, idlePolicePlayers, rolesOfPlayer, withCrowdSizeText, type FieldId, type FieldProblem, type SessionForm,
} from '../new-session/sessionSetupForm';
import type { ScenarioPreset } from '../new-session/presets';
import { AiCrowdChoice } from './AiCrowdChoice';

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
 * New session, step 2: scenario, session name, players (1-4 police players with the scenario's role
 * for each, the crowd played by a person, left to the scenario or played by the AI at a chosen level and
 * plan, an optional Direktur Latihan), crowd
 * size and which police player commands which unit. Every field is checked as typed, and the reason a
 * field cannot be taken is shown under it; "Lanjut ke briefing" goes on only when nothing is wrong and
 * ignores the second click of a double click.
 */
export function SessionSetupPanel({ presets, preset, form, onChange, onPresetChange, onContinue }: SessionSetupPanelProps) {
  const t = useT();
  const language = useLanguage();
  const idle = idlePolicePlayers(form);
  const problems = useMemo(() => formProblems(form), [form]);
  // Names too long are shown at their field; the rest of the session limits here.
  const limitProblems = useMemo(() => formLimitProblems(form, preset).filter((p) => p.key !== 'limits.playerName'), [form, preset]);
  const hasProblems = Object.keys(problems).length > 0;
  const { crowdPeopleMin, crowdPeopleMax, crowdPeopleStep } = sessionLimits;
  const policeCounts = Array.from({ length: sessionLimits.policePlayersMax - sessionLimits.policePlayersMin + 1 }, (_, i) => sessionLimits.policePlayersMin + i);
  const setCount = (count: number) => {
    const names = Array.from({ length: count }, (_, i) => form.policeNames[i] ?? t('game.defaultPoliceName', { n: i + 1 }));
    onChange({ ...form, policeNames: names, assignment: defaultAssignment(preset, count) });
  };
  const field = (id: FieldId, label: string, input: (invalid: { 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode, extra?: ReactNode) => (
    <div className="form-row" key={id}>
      <label htmlFor={`field-${id}`}>{label}</label>
      <div className="form-field">
        {input({ 'aria-invalid': Boolean(problems[id]), ...(problems[id] ? { 'aria-describedby': `error-${id}` } : {}) })}
        {extra}
        <FieldError id={id} problem={problems[id]} />
      </div>
    </div>
  );
  const canContinue = idle.length === 0 && limitProblems.length === 0 && !hasProblems;

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
      {field('name', t('game.sessionName'), (aria) => (
        <input id="field-name" value={form.name} data-testid="session-name" {...aria} onChange={(e) => onChange({ ...form, name: e.target.value })} />
      ))}
      <label className="form-row">
        <span>{t('game.policePlayers')}</span>
        <select value={form.policeNames.length} data-testid="police-count" onChange={(e) => setCount(Number(e.target.value))}>
          {policeCounts.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      {form.policeNames.map((name, index) => {
        const roles = rolesOfPlayer(preset, index, form.policeNames.length);
        return field(`police-${index}`, t('game.policePlayer', { n: index + 1 }), (aria) => (
          <input id={`field-police-${index}`} value={name} data-testid={`police-name-${index}`} {...aria}
            onChange={(e) => onChange({ ...form, policeNames: form.policeNames.map((n, i) => (i === index ? e.target.value : n)) })} />
        ), (
          <p className="player-role" data-testid={`police-role-${index}`}>
            {roles.length === 0 ? t('setup.noRole') : t('setup.roles', { roles: roles.map((r) => textIn(language, r.title)).join(', ') })}
            {roles.filter((r) => r.duty).map((r) => <small key={r.id}>{textIn(language, r.duty!)}</small>)}
          </p>
        ));
      })}
      <div className="form-row" role="radiogroup" aria-label={t('game.crowdSide')}>
        <span>{t('game.crowdSide')}</span>
        {(['person', 'script', 'ai'] as const).map((controller) => (
          <label key={controller} className="inline-option">
            <input type="radio" name="crowd-controller" checked={form.crowdController === controller} data-testid={`crowd-${controller}`}
              onChange={() => onChange({ ...form, crowdController: controller })} />
            {t(`game.crowd.${controller}`)}
          </label>
        ))}
      </div>
      {form.crowdController === 'person' && field('crowdName', t('game.crowdPlayerName'), (aria) => (
        <input id="field-crowdName" value={form.crowdName} data-testid="crowd-name" {...aria} onChange={(e) => onChange({ ...form, crowdName: e.target.value })} />
      ))}
      {form.crowdController === 'ai' && <AiCrowdChoice preset={preset} form={form} onChange={onChange} />}
      {field('instructorName', t('game.instructor'), (aria) => (
        <input id="field-instructorName" value={form.instructorName} data-testid="instructor-name" {...aria} onChange={(e) => onChange({ ...form, instructorName: e.target.value })} />
      ))}
      {field('crowdSize', t('game.crowdSize'), (aria) => (
        // Kept as typed: "350" is 350, and "-50" stays on screen with its reason instead of becoming another number.
        <input id="field-crowdSize" type="number" inputMode="numeric" min={crowdPeopleMin} max={crowdPeopleMax} step={crowdPeopleStep} value={form.crowdSizeText}
          data-testid="crowd-size" {...aria} onChange={(e) => onChange(withCrowdSizeText(form, e.target.value))} />
      ))}
      <label className="form-row">
        <span>{t('game.seed')}</span>
        <input inputMode="numeric" pattern="[0-9]*" maxLength={9} value={form.seed} placeholder={t('game.seedPlaceholder')} data-testid="session-seed"
          onChange={(e) => onChange({ ...form, seed: e.target.value.replace(/\D/g, '') })} />
      </label>
      <AssignmentTable preset={preset} form={form} onChange={onChange} />
      {idle.length > 0 && <p className="game-notice" role="alert">{t('setup.idle', { names: idle.map((i) => form.policeNames[i]).join(', ') })}</p>}
      {limitProblems.length > 0 && (
        <p className="game-notice" role="alert" data-testid="setup-limits">
          {t('limits.title')}: {limitProblems.map((problem) => t(problem.key, problem.params)).join('; ')}
        </p>
      )}
      {hasProblems && <p className="game-notice" data-testid="setup-fix-first">{t('setup.fixFirst')}</p>}
      <button type="button" className="button button-primary" disabled={!canContinue} data-testid="to-briefing"
        // The second click of a double click would land on the briefing's own buttons.
        onClick={(e) => { if (e.detail <= 1) onContinue(); }}>
        {t('game.toBriefing')}
      </button>
    </fieldset>
  );
}

/** The reason a field cannot be taken, under the field (what aria-describedby points at). */
function FieldError({ id, problem }: { id: FieldId; problem: FieldProblem | undefined }) {
  const t = useT();
  if (!problem) return null;
  return <p className="field-error" id={`error-${id}`} data-testid={`error-${id}`}>{t(problem.key, problem.params)}</p>;
}

/** Which police player commands which unit (or the police AI, for a unit no person plays): full player names, one row per unit. */
function AssignmentTable({ preset, form, onChange }: { preset: ScenarioPreset; form: SessionForm; onChange(form: SessionForm): void }) {
  const t = useT();
  const nameOf = (index: number) => (index === AI_POLICE_INDEX ? t('ai.police.assign') : form.policeNames[index]?.trim() || t('game.policePlayer', { n: index + 1 }));
  return (
    <table className="assignment-table" data-testid="assignment-table">
      <caption>{t('game.unitsAssignment')}</caption>
      <tbody>
        {preset.police.map((unit) => {
          const chosen = form.assignment[unit.id] ?? 0;
          return (
            <tr key={unit.id}>
              <th scope="row">{unit.name} <small>{t(`unit.${unit.type}`)}</small></th>
              <td>
                <select aria-label={`${t('game.commandedBy')}: ${unit.name}`} title={nameOf(chosen)} value={chosen} data-testid={`assign-${unit.id}`}
                  onChange={(e) => onChange({ ...form, assignment: { ...form.assignment, [unit.id]: Number(e.target.value) } })}>
                  {form.policeNames.map((_, index) => <option key={index} value={index}>{nameOf(index)}</option>)}
                  <option value={AI_POLICE_INDEX}>{t('ai.police.assign')}</option>
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
