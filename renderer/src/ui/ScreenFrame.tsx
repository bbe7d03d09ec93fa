import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { navigateTo } from '../state/actions';

/** Props of {@link ScreenFrame}. */
export interface ScreenFrameProps {
  title: string;
  testId: string;
  children: ReactNode;
  /** Extra class for screens that need a wider layout. */
  className?: string;
}

/**
 * The common frame of every sub-screen: a back button, the heading (focused on entry so keyboard and
 * screen-reader users land on the new screen), and Escape to go back to the menu.
 */
export function ScreenFrame({ title, testId, children, className }: ScreenFrameProps) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) navigateTo('menu');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <main className={`screen ${className ?? ''}`} data-testid={testId}>
      <header className="screen-header">
        <button type="button" className="button button-small" onClick={() => navigateTo('menu')} data-testid="back-to-menu">
          ← {t('menu.back')}
        </button>
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
      </header>
      {children}
    </main>
  );
}
