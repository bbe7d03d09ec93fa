/**
 * Golden hashes: the expected state hash at the end of every turn of the recorded games, per engine
 * version. A stored session is replayed and checked against its recorded hashes, so an accidental
 * change to hashing or simulation would show in the field as sessions that no longer replay; these
 * fixed values make it a failing test instead. After an intentional change, bump ENGINE_VERSION
 * (shared/version.ts) and add the new version's hashes here.
 */
import { ENGINE_VERSION } from '../../shared/version';

/** The recorded games' turn hashes of one engine version. */
export interface GoldenHashes {
  /** determinismScript's fixed game with seed 2024 (eight turns). */
  fixed2024: readonly string[];
  /** The hot-seat log fixtures/kpu-hotseat-3-turns.json (three turns). */
  hotseat: readonly string[];
  /** The Pleno KPU scenario left to its script, 200 people, an instructor, seed 20240826 (seven turns). */
  plenoScripted: readonly string[];
}

/** Golden hashes by engine version. */
export const goldenHashes: Readonly<Record<string, GoldenHashes>> = {
  '0.3.0': {
    fixed2024: ['e0cd8758e74f8e2c', '242c22692539b398', 'f58a83a0cff787c5', '09dc21e904716c89', '89dd680b6e7f7a64', 'b9a72b02814cf857', '5b1b560273301a36', '8e852479421f1269'],
    hotseat: ['01d75c9a0fb4c1f4', 'e900722018a967d5', 'c7c74e47b210a59b'],
    plenoScripted: ['c7a62e024262a29d', '53a45f6b66ad04cc', '9d9aa83f82ee1eae', '42d56cc0e4b753ec', 'b804f611d708aa40', '8fca6d27d3e0cfec', '2f17e77d7c3f8718'],
  },
  '0.4.0': {
    fixed2024: ['ee353e2496b73fb6', '57008ff6ec38e29a', '82a64f3d16cfe2d3', '6d3cbc004083362a', 'ddd08067ed2b9788', '8c57ae05e0812fae', '920d82a1c38926c1', '86b8940848c4b466'],
    hotseat: ['215a63c58d9fee73', '09cc333f8b63f8ed', '892dc04834bf3053'],
    plenoScripted: ['43d42862a95f4899', '14e95127a9a3c95e', '75bef3265f8a98c9', 'd624b5fdde3e7661', '32c19b990fd43b65', '5f3abed6b79ab74f', '07fdda4a8e1cfa2c'],
  },
  '0.5.0': {
    fixed2024: ['bfe445639f5bc18e', '2d6d670cd7764c75', 'ff41308c56784b6a', '172f7c291b891785', '5578c5640bfa1acb', '4feac9064194b57d', 'c30686b13f39184b', '0536d69bd35a7b5d'],
    hotseat: ['57fba9af5822d56f', '7aa4c86c0aa48e69', 'a78134368a967a44'],
    plenoScripted: ['0f8ea500058a63da', 'f3137969ccc8355c', '8017c3825199327f', 'c4a5b101db574276', '8f437973fb16ae7e', '75f26452ba3634d0', 'ab03b1db84ab32bc'],
  },
};

/** What a failing golden comparison says. */
export const GOLDEN_MESSAGE =
  `turn hashes differ from the golden hashes of engine ${ENGINE_VERSION}: hashing or simulation changed. ` +
  'If intentional, bump ENGINE_VERSION (shared/version.ts) and update the golden hashes (tests/unit/goldenHashes.ts); ' +
  'if not, the change breaks the replay of every stored session.';

/** The golden hashes of the current engine version (throws, with the fix, when there are none). */
export function currentGolden(): GoldenHashes {
  const g = goldenHashes[ENGINE_VERSION];
  if (!g) throw new Error(`no golden hashes for engine ${ENGINE_VERSION}: record them in tests/unit/goldenHashes.ts`);
  return g;
}
