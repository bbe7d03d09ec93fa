import { Component, type ReactNode } from 'react';

/** Props of {@link SceneErrorBoundary}. */
export interface SceneErrorBoundaryProps {
  /** What to show when the 3D view fails (e.g. the WebGL context cannot be created). */
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps a failing 3D view from taking the whole screen down: the rest of the page keeps working. */
export class SceneErrorBoundary extends Component<SceneErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[sispamkota] 3D view failed', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
