import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./determinismChild.ts', import.meta.url));
const run = (seed: number): string[] => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', child, String(seed)], { encoding: 'utf8' })) as string[];

describe('cross-process determinism', () => {
  it('two fresh processes produce the same hash at the end of every turn', () => {
    const a = run(2024);
    const b = run(2024);
    expect(a).toHaveLength(4);
    expect(a).toEqual(b);
    expect(run(2025)).not.toEqual(a);
  });
});
