import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { setView } from '../debriefFlow';
import { useDebriefStore, type DebriefTab } from '../debriefStore';
import { EventLogTab } from './EventLogTab';
import { NotesTab } from './NotesTab';
import { PlayersTab } from './PlayersTab';
import './side.css';

/** A tab of the side panel: its id (the store's `tab`) and what it shows. */
export interface SideTab {
  id: DebriefTab;
  render: () => ReactNode;
}

/** The side panel's tabs in order; the comparison with a branch adds its own entry here. */
export const sideTabs: SideTab[] = [
  { id: 'log', render: () => <EventLogTab /> },
  { id: 'players', render: () => <PlayersTab /> },
  { id: 'notes', render: () => <NotesTab /> },
];

/**
 * The debrief's side panel (right column): tabs for the event log, the per-player view and the notes
 * and bookmarks, each scrolling on its own. The tabs follow the ARIA tabs pattern (arrow keys, Home, End).
 */
export function DebriefSidePanel({ tabs = sideTabs }: { tabs?: readonly SideTab[] }) {
  const t = useT();
  const current = useDebriefStore((state) => state.tab);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = tabs.find((tab) => tab.id === current) ?? tabs[0]!;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.indexOf(active);
    const next = event.key === 'ArrowRight' ? (at + 1) % tabs.length : event.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length : event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    event.stopPropagation();
    setView({ tab: tabs[next]!.id });
    buttons.current[next]?.focus();
  };

  return (
    <div className="side-panel" data-testid="debrief-side">
      <div className="side-tabs" role="tablist" aria-label={t('debriefSide.tabs')} onKeyDown={onKeyDown}>
        {tabs.map((tab, k) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[k] = element;
            }}
            type="button"
            role="tab"
            id={`side-tab-${tab.id}`}
            aria-selected={tab === active}
            aria-controls={`side-panel-${tab.id}`}
            tabIndex={tab === active ? 0 : -1}
            className={`side-tab${tab === active ? ' is-active' : ''}`}
            onClick={() => setView({ tab: tab.id })}
            data-testid={`side-tab-${tab.id}`}
          >
            {t(`debrief.tab.${tab.id}`)}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel" id={`side-panel-${active.id}`} aria-labelledby={`side-tab-${active.id}`}>
        {active.render()}
      </div>
    </div>
  );
}
