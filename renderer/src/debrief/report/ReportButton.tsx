import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n/useT';
import { pause } from '../debriefFlow';
import { useDebriefStore } from '../debriefStore';

// The report and its wording load only when it is asked for.
const ReportView = lazy(async () => ({ default: (await import('./ReportView')).ReportView }));

/** "Laporan Anev" in the debrief's header: opens the printable report over the debrief. */
export function ReportButton() {
  const t = useT();
  const ready = useDebriefStore((state) => state.status === 'ready');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button" className="button button-small" disabled={!ready} title={t('report.openHint')} data-testid="debrief-report"
        onClick={() => {
          pause();
          setOpen(true);
        }}
      >
        {t('report.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ReportView onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
