import { useState } from 'react';
import { useT } from '../i18n/useT';
import { PREVIEW_VENUES, type PreviewVenue } from '../scene/previewVenues';
import { VenuePreview } from '../scene/VenuePreview';
import { useUiStore } from '../state/uiStore';
import { ScreenFrame } from '../ui/ScreenFrame';

/**
 * "Sesi baru", step 1: pick the venue while a live 3D preview shows it on the table. Later issues add
 * the scenario, players and the crowd's controller as further steps.
 */
export default function NewSessionScreen() {
  const t = useT();
  const shadows = useUiStore((state) => state.settings.shadows);
  const [venue, setVenue] = useState<PreviewVenue>(PREVIEW_VENUES[0]!);

  return (
    <ScreenFrame title={t('newSession.title')} testId="screen-new-session" className="screen-wide">
      <div className="new-session-layout">
        <fieldset className="venue-picker panel">
          <legend>{t('newSession.step')}</legend>
          {PREVIEW_VENUES.map((option) => (
            <label key={option.id} className="venue-option" data-testid={`venue-option-${option.id}`}>
              <input
                type="radio"
                name="venue"
                value={option.id}
                checked={option.id === venue.id}
                onChange={() => setVenue(option)}
              />
              <span className="venue-option-text">
                <span className="venue-name">{t(option.nameKey)}</span>
                <span className="venue-description">{t(option.descriptionKey)}</span>
              </span>
            </label>
          ))}
        </fieldset>
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
