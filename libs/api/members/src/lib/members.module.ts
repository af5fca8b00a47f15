import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ACCOUNT_CREATED_LISTENER } from '@wild/api/auth';
import { OfficesModule } from '@wild/api/offices';

import { DemoMembersSeeder } from './demo-members.seeder';
import { ExpertiseAreasSeeder } from './expertise-areas.seeder';
import { MemberPrivacy } from './member-privacy';
import { ExpertiseAreaEntity, MemberEntity, MemberExpertiseEntity } from './member.entity';
import {
  AccountMemberResolver,
  ExpertiseAreasResolver,
  MembersResolver,
  OfficeMembersResolver,
} from './members.resolver';
import { MembersService } from './members.service';

/**
 * The people of the network: profiles, their privacy rules, and the profile every new account
 * gets (global, so the auth lib's account creation finds its listener).
 */
@Global()
@Module({
  imports: [
    OfficesModule,
    TypeOrmModule.forFeature([MemberEntity, MemberExpertiseEntity, ExpertiseAreaEntity]),
  ],
  providers: [
    MemberPrivacy,
    MembersService,
    { provide: ACCOUNT_CREATED_LISTENER, useExisting: MembersService },
    MembersResolver,
    OfficeMembersResolver,
    AccountMemberResolver,
    ExpertiseAreasResolver,
    ExpertiseAreasSeeder,
    DemoMembersSeeder,
  ],
  exports: [ACCOUNT_CREATED_LISTENER, MembersService, MemberPrivacy],
})
export class MembersModule {}
