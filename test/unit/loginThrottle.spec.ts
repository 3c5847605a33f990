import { describe, expect, test } from 'vitest';
import { ACCOUNT_POLICY, accountKey, CLIENT_POLICY, growingDelay } from '../../cms/auth/login/loginThrottle';

describe('growingDelay', () => {
  test('waits nothing at first, then doubles, up to the cap', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 50].map((n) => growingDelay(n, ACCOUNT_POLICY))).toEqual([0, 500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect([10, 11, 12, 20, 30].map((n) => growingDelay(n, CLIENT_POLICY))).toEqual([0, 250, 500, 30_000, 30_000]);
  });
});

describe('accountKey', () => {
  test('counts an address as Payload looks it up, so case and spaces do not escape the count', () => {
    expect(accountKey('  Kim@Example.ORG ')).toBe('kim@example.org');
  });
});
