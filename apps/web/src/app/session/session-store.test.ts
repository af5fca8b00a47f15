import { afterEach, describe, expect, it, vi } from 'vitest';

import { SessionStore } from './session-store';

const account = {
  id: 'a1',
  email: 'dominique@example.org',
  displayName: 'Dominique',
  role: 'MEMBER',
  officeCode: 'FR',
  preferredLanguage: 'fr',
};

function sessionBody(token: string, inMs = 900_000) {
  return {
    accessToken: token,
    accessTokenExpiresAt: new Date(Date.now() + inMs).toISOString(),
    account,
  };
}

function fakeFetch(...answers: Array<{ status: number; body?: unknown }>) {
  const calls: string[] = [];
  const impl = vi.fn(async (url: RequestInfo | URL) => {
    calls.push(String(url));
    const answer = answers.shift() ?? { status: 401 };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return { impl: impl as unknown as typeof fetch, calls };
}

afterEach(() => vi.useRealTimers());

describe('the browser session', () => {
  it('resumes from the cookie on start, or is signed out without one', async () => {
    localStorage.setItem('wild-network.session', '1');
    const live = fakeFetch({ status: 200, body: sessionBody('t1') });
    const resumed = new SessionStore(live.impl);
    await resumed.restore();
    expect(resumed.getSnapshot()).toEqual({ status: 'signedIn', account });
    expect(await resumed.token()).toBe('t1');

    const none = new SessionStore(fakeFetch({ status: 401 }).impl);
    await none.restore();
    expect(none.getSnapshot()).toEqual({ status: 'signedOut', expired: false });
  });

  it('asks nothing on start in a browser that never signed in (or signed out)', async () => {
    localStorage.removeItem('wild-network.session');
    const { impl, calls } = fakeFetch({ status: 200, body: sessionBody('unused') });
    const store = new SessionStore(impl);
    await store.restore();
    expect(calls).toEqual([]);
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', expired: false });
  });

  it('spends the cookie once for concurrent callers', async () => {
    const { impl, calls } = fakeFetch({ status: 200, body: sessionBody('t2') });
    const store = new SessionStore(impl);
    const results = await Promise.all([store.refresh(), store.refresh(), store.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(calls).toEqual(['/auth/refresh']);
  });

  it('refreshes a token that is about to expire before using it', async () => {
    const { impl, calls } = fakeFetch({ status: 200, body: sessionBody('fresh') });
    const store = new SessionStore(impl);
    store.signedIn(sessionBody('old', 10_000));
    expect(await store.token()).toBe('fresh');
    expect(calls).toEqual(['/auth/refresh']);
  });

  it('ends as expired when the API refuses the token and the cookie', async () => {
    const store = new SessionStore(fakeFetch({ status: 401 }).impl);
    store.signedIn(sessionBody('revoked'));
    expect(await store.rejected()).toBe(false);
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', expired: true });
    expect(await store.token()).toBeNull();
  });

  it('keeps the session when sign-out fails, and when a refresh is limited or fails', async () => {
    const store = new SessionStore(
      fakeFetch({ status: 503 }, { status: 429 }, { status: 500 }).impl,
    );
    store.signedIn(sessionBody('t4'));
    expect(await store.signOut()).toBe(false);
    expect(store.getSnapshot()).toEqual({ status: 'signedIn', account });
    expect(await store.refresh()).toBe(false);
    expect(await store.refresh()).toBe(false);
    expect(store.getSnapshot()).toEqual({ status: 'signedIn', account });
  });

  it('signs out through the API and forgets the token', async () => {
    const { impl, calls } = fakeFetch({ status: 204 });
    const store = new SessionStore(impl);
    store.signedIn(sessionBody('t3'));
    expect(await store.signOut()).toBe(true);
    expect(calls).toEqual(['/auth/logout']);
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', expired: false });
  });
});
