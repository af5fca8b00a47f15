import { Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  AccountModel,
  AuthenticatedAccount,
  Authorize,
  CurrentAccount,
  viewerOf,
} from '@wild/api/auth';
import {
  Args,
  ForbiddenError,
  GraphQLContext,
  localizedFor,
  Meta,
  PageArgs,
  RequestMeta,
} from '@wild/api/core';
import { OfficeModel, OfficesService } from '@wild/api/offices';
import { Role } from '@wild/shared/domain';

import { UpdateMemberInput, UpdateMyProfileInput } from './dto/member.inputs';
import { MemberPrivacy } from './member-privacy';
import { ExpertiseAreaEntity, MemberEntity } from './member.entity';
import { MembersService } from './members.service';
import {
  ExpertiseAreaModel,
  MemberConnection,
  MemberExpertiseModel,
  MemberModel,
} from './models/member.model';

@Resolver(() => MemberModel)
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly privacy: MemberPrivacy,
    private readonly offices: OfficesService,
  ) {}

  @Authorize()
  @Query(() => MemberModel, {
    description: 'A member, unless their profile is hidden from the caller.',
  })
  member(
    @Args('id', { type: () => ID }) id: string,
    @CurrentAccount() viewer: AuthenticatedAccount,
  ): Promise<MemberModel> {
    return this.members.getVisible(viewer, id);
  }

  @Authorize()
  @Mutation(() => MemberModel, {
    description:
      'Updates the caller’s own profile (never the account: role and office are not here).',
  })
  updateMyProfile(
    @Args('input') input: UpdateMyProfileInput,
    @CurrentAccount() viewer: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<MemberModel> {
    return this.members.updateMine(viewer, input, meta);
  }

  @Authorize(Role.OFFICE_ADMIN, Role.BROKER)
  @Mutation(() => MemberModel, {
    description:
      'Updates a member of the caller’s office (office admins), or any member (brokers, admins); never the contact details.',
  })
  updateMember(
    @Args('input') input: UpdateMemberInput,
    @CurrentAccount() viewer: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<MemberModel> {
    return this.members.updateOther(viewer, input, meta);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Seen by the member, brokers and admins, everyone if the member chose NETWORK; otherwise FORBIDDEN.',
  })
  async contactEmail(
    @Parent() member: MemberEntity,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    await this.assertContactVisible(member, context);
    return member.contactEmail;
  }

  @ResolveField(() => String, { nullable: true, description: 'As contactEmail.' })
  async contactPhone(
    @Parent() member: MemberEntity,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    await this.assertContactVisible(member, context);
    return member.contactPhone;
  }

  @ResolveField(() => [MemberExpertiseModel])
  expertise(
    @Parent() member: MemberEntity,
    @Context() context: GraphQLContext,
  ): Promise<MemberExpertiseModel[]> {
    return this.members.expertiseLoader(context.loaders).load(member.id);
  }

  @ResolveField(() => OfficeModel)
  async office(
    @Parent() member: MemberEntity,
    @Context() context: GraphQLContext,
  ): Promise<OfficeModel> {
    return (await this.offices.loader(context.loaders).load(member.officeCode)) as OfficeModel;
  }

  @ResolveField(() => Boolean, {
    description: 'The person has joined (has an account), or the profile was imported.',
  })
  joined(@Parent() member: MemberEntity): boolean {
    return member.accountId !== null;
  }

  private async assertContactVisible(member: MemberEntity, context: GraphQLContext): Promise<void> {
    if (!(await this.privacy.canSeeContact(viewerOf(context), member, context.loaders))) {
      throw new ForbiddenError(
        'This member shares their contact details only with brokers and the people they are introduced to.',
      );
    }
  }
}

/** `office.members`: the members of an office the caller may see. */
@Resolver(() => OfficeModel)
export class OfficeMembersResolver {
  constructor(private readonly membersService: MembersService) {}

  @ResolveField(() => MemberConnection, {
    description: 'The members of the office the caller may see, by name.',
  })
  members(
    @Parent() office: OfficeModel,
    @Context() context: GraphQLContext,
    @Args() page: PageArgs,
  ): Promise<MemberConnection> {
    return this.membersService
      .listForOfficeLoader(context.loaders, viewerOf(context), page)
      .load(office.code);
  }
}

/** `me { member }`: the caller's own profile. */
@Resolver(() => AccountModel)
export class AccountMemberResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => MemberModel, {
    nullable: true,
    description: 'The member profile of this account.',
  })
  member(
    @Parent() account: AccountModel,
    @Context() context: GraphQLContext,
  ): Promise<MemberEntity | null> {
    return this.members.byAccountLoader(context.loaders).load(account.id);
  }
}

@Resolver(() => ExpertiseAreaModel)
export class ExpertiseAreasResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Authorize()
  @Query(() => [ExpertiseAreaModel], { description: 'The expertise taxonomy.' })
  expertiseAreas(): Promise<ExpertiseAreaModel[]> {
    return this.dataSource.manager.find(ExpertiseAreaEntity, { order: { code: 'ASC' } });
  }

  @ResolveField(() => String, {
    description:
      'The name in the asked language, else the caller’s (Accept-Language), else English.',
  })
  name(
    @Parent() area: ExpertiseAreaModel,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): string {
    return localizedFor(area.names, context, language);
  }
}
