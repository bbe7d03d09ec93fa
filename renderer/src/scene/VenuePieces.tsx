import { PIECE_COLORS } from './palette';
import type { PreviewPiece } from './previewVenues';

/** Props of {@link VenuePieces}. */
export interface VenuePiecesProps {
  pieces: readonly PreviewPiece[];
  shadows: boolean;
}

/** Draws every piece of a venue: boxes for buildings, walls, roads and vehicles; cones for trees. */
export function VenuePieces({ pieces, shadows }: VenuePiecesProps) {
  return (
    <group>
      {pieces.map((piece, index) =>
        piece.kind === 'tree' ? <Tree key={index} piece={piece} shadows={shadows} /> : <Box key={index} piece={piece} shadows={shadows} />,
      )}
    </group>
  );
}

function Box({ piece, shadows }: { piece: PreviewPiece; shadows: boolean }) {
  const standing = piece.height > 0.5;
  return (
    <mesh
      position={[piece.x, (piece.base ?? 0) + piece.height / 2, piece.z]}
      castShadow={shadows && standing}
      receiveShadow={shadows}
    >
      <boxGeometry args={[piece.width, piece.height, piece.depth]} />
      <meshStandardMaterial color={PIECE_COLORS[piece.kind]} roughness={0.9} metalness={0} />
    </mesh>
  );
}

function Tree({ piece, shadows }: { piece: PreviewPiece; shadows: boolean }) {
  const trunkHeight = piece.height * 0.3;
  return (
    <group position={[piece.x, 0, piece.z]}>
      <mesh position={[0, trunkHeight / 2, 0]} castShadow={shadows}>
        <cylinderGeometry args={[0.25, 0.35, trunkHeight, 6]} />
        <meshStandardMaterial color="#5a4030" roughness={1} />
      </mesh>
      <mesh position={[0, trunkHeight + (piece.height - trunkHeight) / 2, 0]} castShadow={shadows} receiveShadow={shadows}>
        <coneGeometry args={[piece.width / 2, piece.height - trunkHeight, 7]} />
        <meshStandardMaterial color={PIECE_COLORS.tree} roughness={1} flatShading />
      </mesh>
    </group>
  );
}
