import { Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';

import { Args, BadUserInputError, Meta, RequestMeta } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { Authorize, CurrentAccount, Public } from '../access/access.decorators';
import type { AuthenticatedAccount } from '../access/authenticated-account';
import { AuthPayloadModel } from '../login/models/auth-payload.model';
import { RefreshCookie } from '../sessions/refresh-cookie';
import {
  AcceptInvitationInput,
  CreateInvitationInput,
  InvitationsArgs,
  RevokeInvitationInput,
} from './dto/invitation.inputs';
import { InvitationEntity } from './invitation.entity';
import { InvitationsService, InvitationStatus } from './invitations.service';
import {
  CreatedInvitationModel,
  InvitationConnection,
  InvitationModel,
  InvitationPreviewModel,
} from './models/invitation.model';

/** A token as `acceptInvitation` takes it (1 to 200 characters), else BAD_USER_INPUT. */
function tokenArgument(token: string): string {
  if (token.length < 1 || token.length > 200)
    throw BadUserInputError.field(
      'token',
      'This invitation link is not valid.',
      'invitationInvalid',
    );
  return token;
}

@Resolver(() => InvitationModel)
export class InvitationsResolver {
  constructor(
    private readonly invitationsService: InvitationsService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Authorize(Role.OFFICE_ADMIN, Role.BROKER)
  @Mutation(() => CreatedInvitationModel, {
    description:
      'Invites a person into an office with a role. Admins: anyone, any role. Brokers: members and office admins of any office. Office admins: members and office admins of their office.',
  })
  createInvitation(
    @Args('input') input: CreateInvitationInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ) {
    return this.invitationsService.create(caller, input, meta);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description:
      'Accepts an invitation: creates the account and signs in (`session` as for `login`).',
  })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Meta() meta: RequestMeta,
    @Context('res') res: Response,
  ): Promise<AuthPayloadModel> {
    const { account, tokens } = await this.invitationsService.accept(input, meta);
    return { ...this.cookie.deliver(res, tokens, input.session), account };
  }

  @Public()
  @Query(() => InvitationPreviewModel, {
    description:
      'What an invitation link says before it is used (no sign-in: the token is the proof). A token that is no invitation is BAD_USER_INPUT (`invitationInvalid`) and counts against the address, as a failed acceptInvitation does.',
  })
  async invitationPreview(
    @Args('token', { type: () => String }) token: string,
    @Meta() meta: RequestMeta,
  ): Promise<InvitationPreviewModel> {
    const { invitation, status } = await this.invitationsService.preview(
      tokenArgument(token),
      meta,
    );
    return {
      email: invitation.email,
      officeCode: invitation.officeCode,
      role: invitation.role,
      status,
      expiresAt: invitation.expiresAt,
    };
  }

  @Authorize(Role.OFFICE_ADMIN, Role.BROKER)
  @Mutation(() => InvitationModel, { description: 'Withdraws a pending invitation.' })
  revokeInvitation(
    @Args('input') input: RevokeInvitationInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ) {
    return this.invitationsService.revoke(caller, input.invitationId, meta);
  }

  @Authorize(Role.OFFICE_ADMIN, Role.BROKER)
  @Query(() => InvitationConnection, {
    description:
      'Invitations, newest first: all for brokers and admins, their office’s for office admins.',
  })
  invitations(@CurrentAccount() caller: AuthenticatedAccount, @Args() args: InvitationsArgs) {
    return this.invitationsService.list(caller, args.filter ?? {}, args);
  }

  @ResolveField(() => InvitationStatus)
  status(@Parent() invitation: InvitationEntity): InvitationStatus {
    return this.invitationsService.statusOf(invitation);
  }
}
