import { describe, expect, it } from 'vitest';
import { HostError } from '../../shared/contract/rpc';
import { classifyStorageError, describeFault, errorCode, HOST_CODE_OF_FAULT, toHostStorageError } from './storageFaults';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('classifyStorageError', () => {
  it.each([
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_LOCKED', 'busy'],
    ['SQLITE_FULL', 'full'],
    ['ENOSPC', 'full'],
    ['SQLITE_READONLY', 'read_only'],
    ['SQLITE_READONLY_DBMOVED', 'read_only'],
    ['EROFS', 'read_only'],
    ['EACCES', 'read_only'],
    ['SQLITE_CANTOPEN', 'read_only'],
    ['SQLITE_IOERR_WRITE', 'io'],
    ['EIO', 'io'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
  ])('%s is %s', (code, fault) => {
    expect(classifyStorageError(withCode(code))).toBe(fault);
  });

  it.each(['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_ERROR', 'ENOENT'])('%s is not a disk fault', (code) => {
    expect(classifyStorageError(withCode(code))).toBeNull();
  });

  it('gives the typed host error of the cause and leaves other errors alone', () => {
    const busy = toHostStorageError(withCode('SQLITE_BUSY'), 'sendCommand');
    expect(busy).toBeInstanceOf(HostError);
    expect((busy as HostError).code).toBe('storage_busy');
    expect((busy as HostError).message).toMatch(/^sendCommand: SQLITE_BUSY/);
    const bug = new TypeError('x is undefined');
    expect(toHostStorageError(bug, 'sendCommand')).toBe(bug);
  });
});

describe('every storage fault code, and what is not one', () => {
  it.each([
    ['SQLITE_LOCKED_SHAREDCACHE', 'busy'],
    ['EDQUOT', 'full'],
    ['SQLITE_PERM', 'read_only'],
    ['SQLITE_AUTH', 'read_only'],
    ['EPERM', 'read_only'],
    ['SQLITE_CANTOPEN_ISDIR', 'read_only'],
    ['SQLITE_CORRUPT_VTAB', 'corrupt'],
    ['SQLITE_IOERR', 'io'],
    ['SQLITE_PROTOCOL', 'io'],
  ])('%s is %s', (code, fault) => {
    expect(classifyStorageError(withCode(code))).toBe(fault);
  });

  it.each([
    // Exact codes are matched exactly: a longer code that only starts with one is not that fault.
    'SQLITE_FULLX', 'ENOSPC_X', 'EDQUOTA', 'EROFSX', 'SQLITE_PERMX', 'SQLITE_AUTH_USER', 'EACCESS', 'EPERMX',
    'SQLITE_NOTADB_X', 'EIOX', 'SQLITE_PROTOCOLX', 'XSQLITE_BUSY', 'sqlite_busy',
  ])('%s is not a disk fault', (code) => {
    expect(classifyStorageError(withCode(code))).toBeNull();
  });

  it('only a string code counts: no code, a numeric code, null and primitives are not faults', () => {
    for (const error of [new Error('SQLITE_FULL'), { code: 28 }, { code: null }, null, undefined, 'SQLITE_FULL', 28, { errno: 'ENOSPC' }, { code: '' }]) {
      expect(classifyStorageError(error)).toBeNull();
    }
    expect(errorCode({ code: 'ENOSPC' })).toBe('ENOSPC');
    expect(errorCode({ code: 28 })).toBeNull();
    expect(errorCode(null)).toBeNull();
    expect(errorCode('ENOSPC')).toBeNull();
    expect(errorCode({})).toBeNull();
  });

});

describe('the host error of a fault', () => {
  it.each(Object.entries(HOST_CODE_OF_FAULT))('%s reaches the renderer as %s', (fault, code) => {
    const sample: Record<string, string> = { busy: 'SQLITE_BUSY', full: 'SQLITE_FULL', read_only: 'SQLITE_READONLY', io: 'SQLITE_IOERR', corrupt: 'SQLITE_CORRUPT' };
    const error = toHostStorageError(withCode(sample[fault]!), 'commitTurn') as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe(code);
    expect(error.code).toBe(`storage_${fault}`);
  });

  it('names the action, the code and the original message; a plain object is described by its text', () => {
    const error = toHostStorageError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), 'saveDraft') as HostError;
    expect(error.message).toBe('saveDraft: SQLITE_FULL: database or disk is full');
    const plain = toHostStorageError({ code: 'EROFS', toString: () => 'read-only file system' }, 'backup') as HostError;
    expect(plain.message).toBe('backup: EROFS: read-only file system');
  });

  it('a host error passes through as it is, even one carrying a storage code', () => {
    const host = Object.assign(new HostError('not_found', 'No session x'), { code: 'not_found' });
    expect(toHostStorageError(host, 'open')).toBe(host);
    const faultLike = new HostError('storage_busy', 'already explained');
    expect(toHostStorageError(faultLike, 'open')).toBe(faultLike);
    // Even one whose code reads like SQLite's: a typed host error is never wrapped a second time.
    const sqliteCoded = Object.assign(new HostError('internal', 'explained'), { code: 'SQLITE_BUSY' });
    expect(toHostStorageError(sqliteCoded, 'open')).toBe(sqliteCoded);
  });
});

describe('describeFault', () => {
  it.each([
    ['busy', /dikunci oleh program lain/, /is locked by another program/],
    ['full', /penuh/, /is full/],
    ['read_only', /tidak dapat ditulis/, /cannot be written/],
    ['io', /Kesalahan baca\/tulis disk/, /disk read\/write error/],
    ['corrupt', /rusak/, /is damaged/],
  ] as const)('%s: the path, in Indonesian then English', (fault, indonesian, english) => {
    const text = describeFault(fault, '/data/sispamkota.sqlite');
    expect(text).toMatch(indonesian);
    expect(text).toMatch(english);
    expect(text.search(indonesian)).toBeLessThan(text.search(english));
    expect(text.split('/data/sispamkota.sqlite')).toHaveLength(3);
  });

  it('the longer texts are two whole sentences in each language', () => {
    for (const fault of ['busy', 'full', 'read_only', 'io'] as const) {
      const text = describeFault(fault, 'P');
      expect(text).toMatch(/^Basis data P|^Disk tempat P|^Kesalahan baca/);
      expect(text).toMatch(/ (The|A) [a-z]/);
      expect(text.endsWith('.')).toBe(true);
      expect(text.length).toBeGreaterThan(150);
    }
  });
});
