import type { PieceKind } from './previewVenues';

/**
 * Colours of the tabletop model: muted, matte, like a painted maket under a projector. Kept in one
 * place so later venue pieces share the look.
 */
export const PIECE_COLORS: Record<PieceKind, string> = {
  building: '#d8d0b8',
  roof: '#7b5b45',
  wall: '#b9b4a4',
  gate: '#39403f',
  road: '#45484a',
  marking: '#e9e6da',
  paving: '#9b9685',
  field: '#6f8c3f',
  stage: '#8a6d4a',
  vehicle: '#4f6a8a',
  pole: '#d9d9d9',
  tree: '#3f5f2c',
};

/** Colours of the table itself and the room around it. */
export const TABLE_COLORS = {
  background: '#161b17',
  felt: '#56633c',
  tableTop: '#4a3626',
  tableRim: '#2f2218',
} as const;
