import { registerEnumType } from '@nestjs/graphql';

/** Where a sign-in's refresh token goes. */
export enum SessionTransport {
  /** In the `wild_refresh` cookie (HttpOnly, SameSite=Strict, Path=/auth): browsers. */
  COOKIE = 'COOKIE',
  /** In the answer's `refreshToken`: API clients (the default). */
  BODY = 'BODY',
}

registerEnumType(SessionTransport, {
  name: 'SessionTransport',
  description: 'Where a sign-in’s refresh token goes: in a cookie (browsers) or in the answer.',
  valuesMap: {
    COOKIE: {
      description:
        'In the `wild_refresh` cookie (HttpOnly, SameSite=Strict, Path=/auth), which `POST /auth/refresh` rotates and `POST /auth/logout` ends; the answer’s `refreshToken` is null.',
    },
    BODY: {
      description: 'In the answer’s `refreshToken`, spent by the `refreshToken` mutation.',
    },
  },
});
