import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessGuard } from './access/access.guard';
import { AuthRateLimiter } from './access/auth-rate-limiter';
import { JwtStrategy } from './access/jwt.strategy';
import { LocalStrategy } from './access/local.strategy';
import { RequestThrottle } from './access/request-throttle.middleware';
import { AccountEntity } from './accounts/account.entity';
import { AccountsResolver } from './accounts/accounts.resolver';
import { AccountsService } from './accounts/accounts.service';
import { AdminBootstrapSeeder } from './bootstrap/admin-bootstrap.seeder';
import { DemoAccountsSeeder } from './demo/demo-accounts.seeder';
import { InvitationEntity } from './invitations/invitation.entity';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { LoginGuard } from './login/login.guard';
import { LoginResolver } from './login/login.resolver';
import { PasswordHasher } from './passwords/password-hasher';
import { AuthSessionEntity } from './sessions/auth-session.entity';
import { BrowserSessionController } from './sessions/browser-session.controller';
import { RefreshCookie } from './sessions/refresh-cookie';
import { RefreshTokenEntity } from './sessions/refresh-token.entity';
import { SessionsService } from './sessions/sessions.service';

/**
 * Accounts of the closed network: invitations, sign-in (Passport local, then JWT), rotating
 * refresh tokens (in the answer, or in a cookie for browsers, with the /auth endpoints), roles,
 * and the global guard that makes every operation secure by default.
 */
@Module({
  imports: [
    PassportModule,
    JwtModule.register({}),
    TypeOrmModule.forFeature([
      AccountEntity,
      AuthSessionEntity,
      RefreshTokenEntity,
      InvitationEntity,
    ]),
  ],
  controllers: [BrowserSessionController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuthRateLimiter,
    RequestThrottle,
    JwtStrategy,
    LocalStrategy,
    LoginGuard,
    PasswordHasher,
    SessionsService,
    RefreshCookie,
    AccountsService,
    InvitationsService,
    LoginResolver,
    AccountsResolver,
    InvitationsResolver,
    AdminBootstrapSeeder,
    DemoAccountsSeeder,
  ],
  exports: [AccountsService, SessionsService, PasswordHasher],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // every HTTP request to GraphQL (Apollo answers below /graphql too) and to the session
    // endpoints, whatever becomes of it; not /health, not static files
    consumer
      .apply(RequestThrottle)
      .forRoutes(
        { path: 'graphql', method: RequestMethod.ALL },
        { path: 'graphql/{*path}', method: RequestMethod.ALL },
        { path: 'auth', method: RequestMethod.ALL },
        { path: 'auth/{*path}', method: RequestMethod.ALL },
      );
  }
}
