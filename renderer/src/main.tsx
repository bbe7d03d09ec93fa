import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import { AppErrorBoundary } from './ui/AppErrorBoundary';
import { followNativeLanguageMenu, loadInitialState } from './state/actions';
import './styles.css';

// The strict CSP forbids eval; tell zod not to even probe for it (the probe shows up as a CSP violation).
z.config({ jitless: true });

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

followNativeLanguageMenu();
void loadInitialState();

// `#scene-bench`: the 3D scene's performance bench (e2e and screenshots) instead of the app.
const SceneBench = lazy(() => import('./scene/table/bench/SceneBench'));
const sceneBench = window.location.hash.startsWith('#scene-bench');

createRoot(rootElement).render(
  <StrictMode>
    <AppErrorBoundary>
      {sceneBench ? (
        <Suspense fallback={null}>
          <SceneBench />
        </Suspense>
      ) : (
        <App />
      )}
    </AppErrorBoundary>
  </StrictMode>,
);
