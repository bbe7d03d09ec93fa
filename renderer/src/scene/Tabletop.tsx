import { TABLE_COLORS } from './palette';

/** Props of {@link Tabletop}. */
export interface TabletopProps {
  siteWidth: number;
  siteDepth: number;
  shadows: boolean;
}

const TABLE_MARGIN = 14;
const TABLE_THICKNESS = 4;
const RIM_HEIGHT = 1.2;

/**
 * The wooden table the model stands on: felt ground the size of the site (at y = 0), a wide wooden
 * top around it and a raised rim, so the venue reads as a maket on a floor-game table.
 */
export function Tabletop({ siteWidth, siteDepth, shadows }: TabletopProps) {
  const tableWidth = siteWidth + TABLE_MARGIN * 2;
  const tableDepth = siteDepth + TABLE_MARGIN * 2;
  return (
    <group>
      <mesh position={[0, -0.05, 0]} receiveShadow={shadows}>
        <boxGeometry args={[siteWidth, 0.1, siteDepth]} />
        <meshStandardMaterial color={TABLE_COLORS.felt} roughness={1} />
      </mesh>
      <mesh position={[0, -TABLE_THICKNESS / 2 - 0.1, 0]} receiveShadow={shadows}>
        <boxGeometry args={[tableWidth, TABLE_THICKNESS, tableDepth]} />
        <meshStandardMaterial color={TABLE_COLORS.tableTop} roughness={0.7} />
      </mesh>
      <TableRim width={tableWidth} depth={tableDepth} shadows={shadows} />
    </group>
  );
}

function TableRim({ width, depth, shadows }: { width: number; depth: number; shadows: boolean }) {
  const thickness = 1.5;
  const y = RIM_HEIGHT / 2 - 0.1;
  const sides: Array<[number, number, number, number]> = [
    [0, -depth / 2, width, thickness],
    [0, depth / 2, width, thickness],
    [-width / 2, 0, thickness, depth],
    [width / 2, 0, thickness, depth],
  ];
  return (
    <group>
      {sides.map(([x, z, w, d]) => (
        <mesh key={`${x}:${z}`} position={[x, y, z]} castShadow={shadows} receiveShadow={shadows}>
          <boxGeometry args={[w, RIM_HEIGHT, d]} />
          <meshStandardMaterial color={TABLE_COLORS.tableRim} roughness={0.6} />
        </mesh>
      ))}
    </group>
  );
}
