import { useState } from 'react';
import { textIn, useLanguage, useT } from '../i18n/useT';
import { BriefingPanel } from '../play/panels/BriefingPanel';
import { startNewSession } from '../play/gameFlow';
import { presetsForVenue, type ScenarioPreset } from '../new-session/presets';
import { defaultAssignment, initialForm, toCreateInput, type SessionForm } from '../new-session/sessionSetupForm';
import { PREVIEW_VENUES, type PreviewVenue } from '../scene/previewVenues';
import { VenuePreview } from '../scene/VenuePreview';
import { useUiStore } from '../state/uiStore';
import { ScreenFrame } from '../ui/ScreenFrame';
import '../play/panels/game.css';
import { SessionSetupPanel } from './SessionSetupPanel';
import { useCustomScenarios } from '../editor/customScenarios';

/**
 * "Sesi baru": pick the venue (live 3D preview), the scenario and the players, then read the
 * briefing and start; the session is created on the host only at "Mulai latihan".
 */
export default function NewSessionScreen() {
  const t = useT();
  const language = useLanguage();
  const shadows = useUiStore((state) => state.settings.shadows);
  const [venue, setVenue] = useState<PreviewVenue>(PREVIEW_VENUES[0]!);
  // The user's stored scenarios (editor) next to the shipped ones; those on a user venue add that venue to the picker.
  const custom = useCustomScenarios();
  const presetsOf = (venueId: string) => [...presetsForVenue(venueId), ...custom.filter((c) => c.preset.venueId === venueId).map((c) => c.preset)];
  const customVenues = custom.filter((c, k) => c.venue && custom.findIndex((d) => d.preset.venueId === c.preset.venueId) === k).map((c) => ({
    name: c.venueName,
    option: { id: c.preset.venueId, nameKey: 'editor.customVenue', descriptionKey: 'editor.customVenueDescription', siteWidth: c.venue!.bounds.maxX - c.venue!.bounds.minX, siteDepth: c.venue!.bounds.maxY - c.venue!.bounds.minY, pieces: [] } satisfies PreviewVenue,
  }));
  const presets = presetsOf(venue.id);
  const [preset, setPreset] = useState<ScenarioPreset>(presets[0]!);
  const freshForm = (p: ScenarioPreset) => initialForm(p, textIn(language, p.name), [1, 2].map((n) => t('game.defaultPoliceName', { n })), t('game.defaultCrowdName'));
  const [form, setForm] = useState<SessionForm>(() => freshForm(preset));
  const [step, setStep] = useState<'setup' | 'briefing'>('setup');
  const [starting, setStarting] = useState(false);

  const chooseVenue = (option: PreviewVenue) => {
    setVenue(option);
    const first = presetsOf(option.id)[0];
    if (first) {
      setPreset(first);
      setForm({
        ...freshForm(first), policeNames: form.policeNames, assignment: defaultAssignment(first, form.policeNames.length), crowdName: form.crowdName, crowdController: form.crowdController,
      });
    }
  };
  const start = async () => {
    if (starting) return;
    setStarting(true);
    const chosen = custom.find((c) => c.preset === preset);
    const ok = await startNewSession({ ...toCreateInput(form, preset), ...(chosen ? { scenario: chosen.raw, ...(chosen.venue ? { venue: chosen.venue } : {}) } : {}) });
    if (!ok) setStarting(false);
  };

  if (step === 'briefing') {
    return (
      // Keyed apart from the setup's frame, so the briefing mounts afresh: its heading focused, read from the top.
      <ScreenFrame key="briefing" title={t('briefing.title')} testId="screen-briefing" className="screen-wide">
        <BriefingPanel preset={preset} form={form} starting={starting} onBack={() => setStep('setup')} onStart={() => void start()} />
      </ScreenFrame>
    );
  }
  return (
    <ScreenFrame key="setup" title={t('newSession.title')} testId="screen-new-session" className="screen-wide">
      <div className="new-session-layout">
        <div className="new-session-column">
          <fieldset className="venue-picker panel">
            <legend>{t('newSession.step')}</legend>
            {PREVIEW_VENUES.map((option) => (
              <label key={option.id} className="venue-option" data-testid={`venue-option-${option.id}`}>
                <input type="radio" name="venue" value={option.id} checked={option.id === venue.id} onChange={() => chooseVenue(option)} />
                <span className="venue-option-text">
                  <span className="venue-name">{t(option.nameKey)}</span>
                  <span className="venue-description">{t(option.descriptionKey)}</span>
                </span>
              </label>
            ))}
            {customVenues.map(({ name, option }) => (
              <label key={option.id} className="venue-option" data-testid={`venue-option-custom-${option.id}`}>
                <input type="radio" name="venue" value={option.id} checked={option.id === venue.id} onChange={() => chooseVenue(option)} />
                <span className="venue-option-text">
                  <span className="venue-name">{name}</span>
                  <span className="venue-description">{t(option.descriptionKey)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <SessionSetupPanel
            presets={presets}
            preset={preset}
            form={form}
            onChange={setForm}
            onPresetChange={(p) => { setPreset(p); setForm({ ...freshForm(p), policeNames: form.policeNames, assignment: defaultAssignment(p, form.policeNames.length) }); }}
            onContinue={() => setStep('briefing')}
          />
        </div>
        <section className="venue-preview" aria-label={t('newSession.previewLabel', { venue: t(venue.nameKey) })}>
          <div className="canvas-wrapper" data-testid="venue-canvas">
            <VenuePreview venue={venue} shadows={shadows} />
          </div>
          <p className="orbit-hint">{t('view.orbitHint')}</p>
        </section>
      </div>
    </ScreenFrame>
  );
}
