import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { useT } from '../i18n/useT';
import { TABLE_COLORS } from './palette';
import type { PreviewVenue } from './previewVenues';
import { RenderStatsProbe } from './RenderStatsProbe';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { SceneLights } from './SceneLights';
import { Tabletop } from './Tabletop';
import { loadVenueFile, siteFrameOf } from './venue/venueFile';
import { VenueModel } from './venue/VenueModel';
import { VenuePieces } from './VenuePieces';
import { isWebGLAvailable } from './webglSupport';

/** Props of {@link VenuePreview}. */
export interface VenuePreviewProps {
  venue: PreviewVenue;
  shadows: boolean;
}

/**
 * The live 3D preview of a venue on the table, with orbit controls. Shows the `webgl.unavailable`
 * message instead when this PC has no WebGL or the context cannot be created.
 */
export function VenuePreview({ venue, shadows }: VenuePreviewProps) {
  const t = useT();
  const unavailable = (
    <div className="webgl-unavailable" role="alert" data-testid="webgl-unavailable">
      {t('webgl.unavailable')}
    </div>
  );
  if (!isWebGLAvailable()) return unavailable;

  // The real venue model when its file is bundled; the placeholder pieces otherwise.
  const file = loadVenueFile(venue.id);
  const extent = file ? siteFrameOf(file).extent * 1.3 : Math.max(venue.siteWidth, venue.siteDepth) * 0.65;
  return (
    <SceneErrorBoundary fallback={unavailable}>
      <Canvas
        // Switching shadows changes shader programs; a fresh renderer is the simple, safe way.
        key={shadows ? 'shadows' : 'flat'}
        shadows={shadows}
        dpr={[1, 2]}
        camera={{ position: [extent * 0.95, extent * 0.9, extent * 1.25], fov: 40, near: 1, far: extent * 12 }}
        gl={{ antialias: true }}
        aria-label={t('newSession.previewLabel', { venue: t(venue.nameKey) })}
      >
        <color attach="background" args={[TABLE_COLORS.background]} />
        <SceneLights extent={extent} shadows={shadows} />
        {file ? (
          <VenueModel venue={file} shadows={shadows} />
        ) : (
          <>
            <Tabletop siteWidth={venue.siteWidth} siteDepth={venue.siteDepth} shadows={shadows} />
            <VenuePieces pieces={venue.pieces} shadows={shadows} />
          </>
        )}
        <OrbitControls
          makeDefault
          enableDamping
          target={[0, 0, 0]}
          minDistance={extent * 0.4}
          maxDistance={extent * 4}
          maxPolarAngle={Math.PI * 0.47}
        />
        <RenderStatsProbe />
      </Canvas>
    </SceneErrorBoundary>
  );
}
