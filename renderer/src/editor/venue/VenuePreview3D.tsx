import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { useDeferredValue, useMemo } from 'react';
import { parseVenue } from '../../../../shared/venue/compile';
import type { VenueFile } from '../../../../shared/venue/schema';
import { useT } from '../../i18n/useT';
import { TABLE_COLORS } from '../../scene/palette';
import { SceneErrorBoundary } from '../../scene/SceneErrorBoundary';
import { SceneLights } from '../../scene/SceneLights';
import { siteFrameOf } from '../../scene/venue/venueFile';
import { VenueModel } from '../../scene/venue/VenueModel';
import { isWebGLAvailable } from '../../scene/webglSupport';
import { useUiStore } from '../../state/uiStore';

/** Props of {@link VenuePreview3D}. */
export interface VenuePreview3DProps {
  venue: VenueFile;
  /** Errors the checks found; the model is still drawn when the venue compiles. */
  problems: number;
}

/**
 * The editor's live 3D preview: the venue as the game draws it (the same `VenueModel` the play screen
 * uses), rebuilt from the edited file when it compiles; deferred, so typing in the panel stays quick.
 */
export default function VenuePreview3D({ venue }: VenuePreview3DProps) {
  const t = useT();
  const shadows = useUiStore((s) => s.settings.shadows);
  const deferred = useDeferredValue(venue);
  const file = useMemo(() => {
    const parsed = parseVenue(deferred);
    return parsed.ok ? parsed.venue.file : null;
  }, [deferred]);
  if (!isWebGLAvailable()) return <div className="webgl-unavailable" role="alert">{t('webgl.unavailable')}</div>;
  if (!file) return <p className="editor-note">{t('editor.preview3dInvalid')}</p>;
  const extent = siteFrameOf(file).extent * 1.3;
  return (
    <SceneErrorBoundary fallback={<div className="webgl-unavailable" role="alert">{t('webgl.unavailable')}</div>}>
      <Canvas shadows={shadows} dpr={[1, 2]} camera={{ position: [extent * 0.95, extent * 0.9, extent * 1.25], fov: 40, near: 1, far: extent * 12 }} gl={{ antialias: true }}>
        <color attach="background" args={[TABLE_COLORS.background]} />
        <SceneLights extent={extent} shadows={shadows} />
        <VenueModel venue={file} shadows={shadows} />
        <OrbitControls makeDefault enableDamping target={[0, 0, 0]} minDistance={extent * 0.3} maxDistance={extent * 4} maxPolarAngle={Math.PI * 0.47} />
      </Canvas>
    </SceneErrorBoundary>
  );
}
