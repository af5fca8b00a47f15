import { REFRESH_COOKIE_PATH, refreshCookieOptions } from './refresh-cookie';

describe('refreshCookieOptions', () => {
  it('keeps the cookie from scripts and other sites, and sends it to /auth only', () => {
    for (const nodeEnv of ['development', 'test', 'production'] as const) {
      expect(refreshCookieOptions(nodeEnv)).toMatchObject({
        httpOnly: true,
        sameSite: 'strict',
        path: REFRESH_COOKIE_PATH,
      });
    }
    expect(REFRESH_COOKIE_PATH).toBe('/auth');
  });

  it('is Secure (HTTPS only) but in development and tests', () => {
    expect(refreshCookieOptions('production').secure).toBe(true);
    expect(refreshCookieOptions('development').secure).toBe(false);
    expect(refreshCookieOptions('test').secure).toBe(false);
  });
});
