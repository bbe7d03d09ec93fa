import { useEffect, useMemo, useRef } from 'react';
import { DoubleSide, MeshBasicMaterial, MeshStandardMaterial, type BufferGeometry } from 'three';
import type { VenueFile } from '../../../../shared/venue/schema';
import { addBarrier, addBoundaries, addOpenings, type OpeningState } from './boundaryParts';
import { addBuildings } from './buildingParts';
import { addDamage, damageSignature, type SceneDamage } from './damageParts';
import { addGround } from './groundParts';
import { MergeBuilder } from './mergeBuilder';
import { addProps, addSurroundings } from './propParts';
import { addSignFrames, buildSignMesh } from './signParts';
import { siteFrameOf } from './venueFile';

/** Props of {@link VenueModel}. */
export interface VenueModelProps {
  venue: VenueFile;
  shadows: boolean;
  /** Gate and door states by id; missing ids use the file's initial state. */
  gateStates?: Readonly<Record<string, OpeningState>>;
  /** Barriers placed during the game, drawn as concrete jersey barriers. */
  placedBarriers?: readonly { from: [number, number]; to: [number, number] }[];
  /** Damaged buildings, fence panels, gates, doors and cars (the engine's damage states); absent: none. */
  damage?: readonly SceneDamage[];
}

const NO_STATES: Readonly<Record<string, OpeningState>> = {};
const NO_BARRIERS: readonly { from: [number, number]; to: [number, number] }[] = [];
const NO_DAMAGE: readonly SceneDamage[] = [];

/**
 * A whole venue built from its file, in at most four draw calls: the static model (ground, buildings,
 * walls, trees, cars, surroundings: one merged geometry, one vertex-coloured material), the sign and
 * banner faces (one atlas texture), the gates and doors in their current state, placed barriers, and
 * the damage marks (rebuilt only when a damage state changes).
 * The site's centre is the scene origin (see `venueFile.ts`).
 */
export function VenueModel({ venue, shadows, gateStates = NO_STATES, placedBarriers = NO_BARRIERS, damage = NO_DAMAGE }: VenueModelProps) {
  const frame = useMemo(() => siteFrameOf(venue), [venue]);
  const material = useMemo(() => new MeshStandardMaterial({ vertexColors: true, roughness: 0.92, metalness: 0, side: DoubleSide }), []);
  const signMaterial = useMemo(() => new MeshBasicMaterial({ toneMapped: false, side: DoubleSide }), []);

  const { staticGeometry, signs } = useMemo(() => {
    const b = new MergeBuilder(frame.cx, frame.cy);
    addGround(b, venue);
    addSurroundings(b, venue);
    addBuildings(b, venue);
    addBoundaries(b, venue);
    addProps(b, venue);
    const faces = addSignFrames(b, venue);
    return { staticGeometry: b.build(), signs: buildSignMesh(faces, frame.cx, frame.cy) };
  }, [venue, frame]);

  const openings = useMemo(() => {
    const b = new MergeBuilder(frame.cx, frame.cy);
    addOpenings(b, venue, gateStates);
    return b.build();
  }, [venue, frame, gateStates]);

  const barriers = useMemo(() => {
    const b = new MergeBuilder(frame.cx, frame.cy);
    for (const p of placedBarriers) addBarrier(b, p.from, p.to, 0.8, 'concrete');
    return b.build();
  }, [frame, placedBarriers]);

  // The props refresh a few times a second; the marks are rebuilt only when a state changed.
  const damageKey = damageSignature(damage);
  const damageItems = useRef(damage);
  damageItems.current = damage;
  const damageGeometry = useMemo(() => {
    const b = new MergeBuilder(frame.cx, frame.cy);
    addDamage(b, venue, damageItems.current);
    return b.build();
  }, [venue, frame, damageKey]);

  useEffect(() => () => disposeAll(staticGeometry, signs?.geometry, signs?.texture), [staticGeometry, signs]);
  useEffect(() => () => disposeAll(damageGeometry), [damageGeometry]);
  useEffect(() => () => disposeAll(openings), [openings]);
  useEffect(() => () => disposeAll(barriers), [barriers]);
  useEffect(() => {
    signMaterial.map = signs?.texture ?? null;
    signMaterial.needsUpdate = true;
  }, [signMaterial, signs]);
  useEffect(() => () => disposeAll(material, signMaterial), [material, signMaterial]);

  return (
    <group>
      {staticGeometry && <mesh geometry={staticGeometry} material={material} castShadow={shadows} receiveShadow={shadows} />}
      {signs && <mesh geometry={signs.geometry} material={signMaterial} />}
      {openings && <mesh geometry={openings} material={material} castShadow={shadows} receiveShadow={shadows} />}
      {barriers && <mesh geometry={barriers} material={material} castShadow={shadows} receiveShadow={shadows} />}
      {damageGeometry && <mesh geometry={damageGeometry} material={material} castShadow={shadows} receiveShadow={shadows} />}
    </group>
  );
}

function disposeAll(...things: ({ dispose(): void } | null | undefined | BufferGeometry)[]): void {
  for (const t of things) t?.dispose();
}
