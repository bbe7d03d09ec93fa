import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { printReport, type PrintOutcome } from '../../host/printReport';
import { reportError } from '../../state/actions';
import { loadVenueFile } from '../../scene/venue/venueFile';
import { briefingMapOf } from '../briefingMap';
import { BriefingMap } from './BriefingMap';
import './mapReading.css';
import { textIn, useLanguage, useT } from '../../i18n/useT';
import { unitTypes } from '../engineFacade';
import { scenarioClock } from '../hudNumbers';
import { presetCrowdSize, type ScenarioPreset } from '../../new-session/presets';
import { rolesOfPlayer, type SessionForm } from '../../new-session/sessionSetupForm';

/** Props of {@link BriefingPanel}. */
export interface BriefingPanelProps {
  preset: ScenarioPreset;
  form: SessionForm;
  starting: boolean;
  onBack(): void;
  onStart(): void;
}

/** A button handler that ignores the second click of a double click (it would land on the next screen). */
const singleClick = (action: () => void) => (event: MouseEvent) => {
  if (event.detail <= 1) action();
};

/**
 * The briefing read out before the exercise, opened at its top: situation, the players and their
 * scenario roles (the Direktur Latihan too), forces (who commands what), a map of start positions and
 * objectives, objectives; it prints (the debrief report's print path, only the briefing on the page).
 */
export function BriefingPanel({ preset, form, starting, onBack, onStart }: BriefingPanelProps) {
  const t = useT();
  const language = useLanguage();
  const ref = useRef<HTMLElement>(null);
  // The setup was left scrolled to its button at the bottom; the briefing is read from its top.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
    for (let el = ref.current?.parentElement; el; el = el.parentElement) el.scrollTop = 0;
  }, []);
  const policeCount = form.policeNames.length;
  const scale = form.crowdSize / Math.max(1, presetCrowdSize(preset));
  const officers = preset.police.reduce((n, u) => n + unitTypes[u.type].strength + unitTypes[u.type].crew, 0);
  const venue = loadVenueFile(preset.venueId);
  const map = useMemo(() => (venue ? briefingMapOf(venue, preset.scenario) : null), [venue, preset]);
  const [printing, setPrinting] = useState(false);
  const [printed, setPrinted] = useState<PrintOutcome | null>(null);
  const print = async () => {
    setPrinting(true);
    document.body.classList.add('printing-briefing');
    try {
      setPrinted(await printReport(t('briefing.printFile', { name: textIn(language, preset.name) })));
    } catch (error) {
      reportError(error);
    } finally {
      document.body.classList.remove('printing-briefing');
      setPrinting(false);
    }
  };
  return (
    <section className="panel briefing" data-testid="briefing" ref={ref}>
      <h2>{t('briefing.title')}: {textIn(language, preset.name)}</h2>
      <p>{t('briefing.turns', { turns: preset.turnLimit, minutes: Math.round(preset.secondsPerTurn / 60), time: scenarioClock(0, 1).slice(0, 5) })}</p>
      <h3>{t('briefing.situation')}</h3>
      <p>{textIn(language, preset.situation)}</p>
      <p>{textIn(language, preset.briefing)}</p>
      <h3>{t('briefing.roles')}</h3>
      <ul className="briefing-roles" data-testid="briefing-roles">
        {form.policeNames.map((name, index) => {
          const roles = rolesOfPlayer(preset, index, policeCount);
          return (
            <li key={index}>
              <strong>{name.trim()}</strong> — {roles.length === 0 ? t('setup.noRole') : roles.map((r) => textIn(language, r.title)).join(', ')}
              {roles.filter((r) => r.duty).map((r) => <div key={r.id} className="summary-detail">{textIn(language, r.duty!)}</div>)}
            </li>
          );
        })}
        <li>{form.instructorName.trim() ? t('briefing.instructorLine', { name: form.instructorName.trim() }) : t('briefing.noInstructor')}</li>
      </ul>
      <h3>{t('briefing.forces')}</h3>
      <div className="briefing-forces">
        <div>
          <h4>{t('briefing.police')} — {t('briefing.persons', { count: officers })}</h4>
          <ul>
            {preset.police.map((unit) => (
              <li key={unit.id}>
                {unit.name} ({t(`unit.${unit.type}`)}) — {form.policeNames[form.assignment[unit.id] ?? 0]?.trim()}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{t('briefing.crowd')} — {form.crowdController === 'person' ? form.crowdName.trim() : form.crowdController === 'ai' ? `${t('game.crowd.ai')}, ${t(`ai.level.${form.aiLevel}`)}` : t('game.crowd.script')}</h4>
          <ul>
            {preset.crowd.map((group) => (
              <li key={group.id}>{textIn(language, group.name)}: {t('briefing.persons', { count: Math.max(10, Math.round(group.size * scale)) })}</li>
            ))}
          </ul>
        </div>
      </div>
      {map && (
        <>
          <h3>{t('briefingMap.title')}</h3>
          <BriefingMap map={map} />
        </>
      )}
      <h3>{t('briefing.objectives')}</h3>
      <p>{textIn(language, preset.objectives)}</p>
      <p>{t('briefing.objectivesCommon')}</p>
      {printed === 'saved' && <p role="status">{t('briefing.printed')}</p>}
      <div className="button-row briefing-actions">
        <button type="button" className="button" onClick={singleClick(onBack)} data-testid="briefing-back">{t('game.backToSetup')}</button>
        <button type="button" className="button" onClick={singleClick(() => void print())} disabled={printing} data-testid="briefing-print">{t('briefing.print')}</button>
        <button type="button" className="button button-primary" onClick={singleClick(onStart)} disabled={starting} data-testid="briefing-start">
          {starting ? t('game.starting') : t('game.start')}
        </button>
      </div>
    </section>
  );
}
