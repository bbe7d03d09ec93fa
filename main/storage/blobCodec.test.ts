import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeEvents, decodeSnapshot, encodeEvents, encodeSnapshot, tickRange } from './blobCodec';

const engineSnapshot = (n: number) => {
  const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31) % 251);
  bytes.set([0x53, 0x53, 0x4b, 0x54]); // 'SSKT', the engine's own magic
  return bytes;
};

describe('snapshot blobs', () => {
  it('are SSKZ + raw deflate, smaller than the snapshot, and decode to the exact bytes', () => {
    const bytes = new Uint8Array(20_000);
    bytes.set(engineSnapshot(300));
    const blob = encodeSnapshot(bytes);
    expect(blob.subarray(0, 4).toString('latin1')).toBe('SSKZ');
    expect(blob.byteLength).toBeLessThan(bytes.byteLength / 10);
    // Level 1: fast (the default level gives other bytes for this input).
    expect(blob.subarray(4)).toEqual(deflateRawSync(bytes, { level: 1 }));
    expect(deflateRawSync(bytes)).not.toEqual(deflateRawSync(bytes, { level: 1 }));
    const back = decodeSnapshot(blob);
    expect(back).toBeInstanceOf(Uint8Array);
    expect(back).toEqual(bytes);
  });

  it('an uncompressed row (written before compression) reads as it is, as a copy', () => {
    const raw = engineSnapshot(1000);
    const back = decodeSnapshot(raw);
    expect(back).toEqual(raw);
    expect(back.buffer).not.toBe(raw.buffer);
    // Shorter than the magic: passed through too.
    expect(decodeSnapshot(Uint8Array.of(0x53, 0x53, 0x4b))).toEqual(Uint8Array.of(0x53, 0x53, 0x4b));
    expect(decodeSnapshot(new Uint8Array(0))).toEqual(new Uint8Array(0));
  });

  it('the magic alone is an empty compressed snapshot; a damaged body gives no bytes instead of throwing', () => {
    expect(decodeSnapshot(encodeSnapshot(new Uint8Array(0)))).toEqual(new Uint8Array(0));
    // Exactly the four magic bytes: a compressed blob with its body missing, not an engine snapshot.
    expect(decodeSnapshot(Buffer.from('SSKZ', 'latin1'))).toEqual(new Uint8Array(0));
    const damaged = Buffer.concat([Buffer.from('SSKZ', 'latin1'), Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x13])]);
    expect(decodeSnapshot(damaged)).toEqual(new Uint8Array(0));
    // Only the first four bytes are the magic: 'SSKZ' further in is data.
    const notMagic = Uint8Array.of(0, 0x53, 0x53, 0x4b, 0x5a);
    expect(decodeSnapshot(notMagic)).toEqual(notMagic);
  });
});

describe('event blobs', () => {
  it('round-trip tick, type and data in order', () => {
    const events = [
      { tick: 7, type: 'agent_injured', data: { agent: 3, cause: 'projectile' } },
      { tick: 2, type: 'fire_started', data: null },
      { tick: 9, type: 'note', data: [1, 'dua'] },
    ];
    expect(decodeEvents(encodeEvents(events))).toEqual(events);
    expect(decodeEvents(encodeEvents([]))).toEqual([]);
  });

  it('are one deflated JSON array of [tick, type, data] rows', () => {
    const blob = deflateRawSync(Buffer.from(JSON.stringify([[4, 'x', { a: 1 }]]), 'utf8'));
    expect(decodeEvents(blob)).toEqual([{ tick: 4, type: 'x', data: { a: 1 } }]);
    // Written at level 1 (fast): the same bytes as deflating that JSON at level 1, not at the default level.
    const many = Array.from({ length: 300 }, (_, i) => ({ tick: i, type: i % 3 === 0 ? 'agent_injured' : 'line_pressure', data: { agent: (i * 17) % 101 } }));
    const json = Buffer.from(JSON.stringify(many.map((e) => [e.tick, e.type, e.data])), 'utf8');
    expect(encodeEvents(many)).toEqual(deflateRawSync(json, { level: 1 }));
    expect(deflateRawSync(json)).not.toEqual(deflateRawSync(json, { level: 1 }));
  });

  it('a damaged blob throws', () => {
    expect(() => decodeEvents(Buffer.from('definitely not deflate'))).toThrow();
    expect(() => decodeEvents(deflateRawSync(Buffer.from('[[1,"a"', 'utf8')))).toThrow();
  });
});

describe('tickRange', () => {
  it('is the first and last tick, whatever the order', () => {
    expect(tickRange([{ tick: 5 }, { tick: 2 }, { tick: 9 }, { tick: 3 }])).toEqual({ first: 2, last: 9 });
    expect(tickRange([{ tick: 4 }])).toEqual({ first: 4, last: 4 });
    expect(tickRange([{ tick: -3 }, { tick: -8 }])).toEqual({ first: -8, last: -3 });
  });
});
