/**
 * The browser's session. The access token lives in this module's memory only; the refresh token
 * is an HttpOnly cookie (`wild_refresh`, Path=/auth) that JavaScript never sees. A refresh goes
 * through one tab at a time (a Web Lock), so two tabs never spend the same cookie at once; the API
 * also accepts a token presented again within seconds of its rotation (a reload mid-refresh).
 */
export interface SessionAccount {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: string;
  readonly officeCode: string;
  readonly preferredLanguage: string;
}

export interface SignedInSession {
  readonly accessToken: string;
  /** ISO date-time, as the API sends it. */
  readonly accessTokenExpiresAt: string;
  readonly account: SessionAccount;
}

export type SessionState =
  | { readonly status: 'restoring' }
  | { readonly status: 'signedOut'; readonly expired: boolean }
  | {
      readonly status: 'signedIn';
      readonly account: SessionAccount;
    };

/** Refresh this long before the access token expires. */
const REFRESH_AHEAD_MS = 60_000;
const LOCK_NAME = 'wild-network-session-refresh';
/**
 * Kept in localStorage while this browser has a session: not a secret (the cookie is), only the
 * hint that a refresh on start is worth trying, so that a visitor who never signed in costs no
 * request and sees no refused one.
 */
const HINT_KEY = 'wild-network.session';
const CHANNEL_NAME = 'wild-network-session';

type Listener = () => void;

export class SessionStore {
  private state: SessionState = { status: 'restoring' };
  private accessToken: string | null = null;
  private expiresAtMs = 0;
  private refreshing: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly channel: BroadcastChannel | null =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);

  constructor(private readonly fetchImpl: typeof fetch = (...args) => fetch(...args)) {
    // a sign-out in another tab ends this tab's session too
    this.channel?.addEventListener('message', (event: MessageEvent) => {
      if (event.data === 'signed-out') this.clear(false);
    });
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.state;

  /** On start: a live cookie means a session to resume. */
  async restore(): Promise<void> {
    const ok = hint.get() ? await this.refresh() : false;
    if (!ok && this.state.status === 'restoring') this.set({ status: 'signedOut', expired: false });
  }

  /** After `login` or `acceptInvitation` in cookie mode. */
  signedIn(session: SignedInSession): void {
    this.accessToken = session.accessToken;
    this.expiresAtMs = Date.parse(session.accessTokenExpiresAt);
    hint.set(true);
    this.schedule();
    this.set({ status: 'signedIn', account: session.account });
  }

  /** The account changed (its language, say) without a new token. */
  updateAccount(changes: Partial<SessionAccount>): void {
    if (this.state.status === 'signedIn')
      this.set({ status: 'signedIn', account: { ...this.state.account, ...changes } });
  }

  /** A token for the next request, refreshed first when it is about to expire. */
  async token(): Promise<string | null> {
    if (this.accessToken && Date.now() < this.expiresAtMs - REFRESH_AHEAD_MS / 2)
      return this.accessToken;
    if (this.state.status !== 'signedIn') return this.accessToken;
    await this.refresh();
    return this.accessToken;
  }

  /** Spends the cookie for a new access token; false when there is no live session. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.withLock(() => this.refreshNow()).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** The API refused the token: try one refresh, else the session has expired. */
  async rejected(): Promise<boolean> {
    const ok = await this.refresh();
    if (!ok) this.clear(true);
    return ok;
  }

  /**
   * Ends the session at the API, which clears the cookie. False when the API could not be reached
   * or refused: the session then lives on, and the page says so rather than look signed out.
   */
  async signOut(): Promise<boolean> {
    let response: Response;
    try {
      response = await this.fetchImpl('/auth/logout', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
    } catch {
      return false;
    }
    if (!response.ok) return false;
    this.clear(false);
    this.channel?.postMessage('signed-out');
    return true;
  }

  private async refreshNow(): Promise<boolean> {
    let response: Response;
    try {
      response = await this.fetchImpl('/auth/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
    } catch {
      return false; // offline: keep what we have; the next request tries again
    }
    if (!response.ok) {
      await response.body?.cancel(); // the refusal's body is not needed; an unread one stays open
      // only a 401 says the session is over; a limit (429) or a failure (5xx) leaves it as it is
      if (response.status !== 401) return false;
      if (this.state.status === 'signedIn') this.clear(true);
      else hint.set(false);
      return false;
    }
    this.signedIn((await response.json()) as SignedInSession);
    return true;
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return work();
    return locks.request(LOCK_NAME, work) as Promise<T>;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const delay = Math.max(this.expiresAtMs - Date.now() - REFRESH_AHEAD_MS, 5_000);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private clear(expired: boolean): void {
    clearTimeout(this.timer);
    hint.set(false);
    this.accessToken = null;
    this.expiresAtMs = 0;
    this.set({ status: 'signedOut', expired });
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const hint = {
  get(): boolean {
    try {
      return localStorage.getItem(HINT_KEY) === '1';
    } catch {
      return true; // no storage: always try
    }
  },
  set(on: boolean): void {
    try {
      if (on) localStorage.setItem(HINT_KEY, '1');
      else localStorage.removeItem(HINT_KEY);
    } catch {
      // private mode: nothing to keep
    }
  },
};

export const session = new SessionStore();
