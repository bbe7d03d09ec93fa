import { describe, expect, it } from 'vitest';
import { HostError } from '../../shared/contract/rpc';
import { classifyStorageError, toHostStorageError } from './storageFaults';

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
