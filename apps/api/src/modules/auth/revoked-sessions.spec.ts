import { MemoryRevokedSessionStore } from './revoked-sessions';

describe('ended sign-ins kept in memory', () => {
  afterEach(() => jest.useRealTimers());

  it('are refused until the last access token they could have issued has expired', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T08:00:00Z') });
    const store = new MemoryRevokedSessionStore();
    await store.add('sid-1', 960);
    expect(await store.has('sid-1')).toBe(true);
    expect(await store.has('sid-2')).toBe(false);
    jest.setSystemTime(new Date('2026-11-24T08:15:59Z'));
    expect(await store.has('sid-1')).toBe(true);
    jest.setSystemTime(new Date('2026-11-24T08:16:00Z'));
    expect(await store.has('sid-1')).toBe(false);
  });
});
