import { Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  AccountModel,
  AuthenticatedAccount,
  Authorize,
  CurrentAccount,
  InvitationPreviewModel,
} from '@wild/api/auth';
import {
  Args,
  GraphQLContext,
  languageFor,
  localizedFor,
  Meta,
  NotFoundError,
  RequestMeta,
} from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { UpdateOfficeInput } from './dto/update-office.input';
import { LocalizedTextModel, TranslationModel } from './models/localized-text.model';
import { OfficeModel } from './models/office.model';
import { OfficesService } from './offices.service';

@Resolver(() => OfficeModel)
export class OfficesResolver {
  constructor(private readonly officesService: OfficesService) {}

  @Authorize()
  @Query(() => OfficeModel, { description: 'One office, by its WIPO ST.3 code.' })
  office(
    @Args('code', { description: 'ST.3 code, e.g. FR, EP, WO.' }) code: string,
  ): Promise<OfficeModel> {
    return this.officesService.getByCode(code);
  }

  @Authorize(Role.OFFICE_ADMIN, Role.BROKER)
  @Mutation(() => OfficeModel, {
    description:
      'Updates an office profile: by an office admin of that office, a broker or an admin.',
  })
  updateOffice(
    @Args('input') input: UpdateOfficeInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<OfficeModel> {
    return this.officesService.update(caller, input, meta);
  }

  @ResolveField(() => String, {
    description:
      'The name in the asked language, else the caller’s (Accept-Language), else English.',
  })
  name(
    @Parent() office: OfficeModel,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): string {
    return localizedFor(office.names, context, language);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The acronym in the language `name` answers in (the asked language, else the caller’s, else English): `OMPI` for WIPO in French. Where that language has none of its own, the English one.',
  })
  acronym(
    @Parent() office: OfficeModel,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): string | null {
    const shown = languageFor(office.names, context, language);
    return office.acronyms?.[shown] || office.acronym;
  }

  @ResolveField(() => [TranslationModel], {
    description:
      'The acronym in each language that has one of its own: `en` (the acronym of every other language too), then others where it differs (`fr`: OMPI).',
  })
  acronyms(@Parent() office: OfficeModel): TranslationModel[] {
    const own = Object.entries(office.acronyms ?? {})
      .filter(([language, text]) => language !== 'en' && typeof text === 'string' && text)
      .map(([language, text]) => ({ language, text }));
    return office.acronym ? [{ language: 'en', text: office.acronym }, ...own] : own;
  }
}

@Resolver(() => LocalizedTextModel)
export class LocalizedTextResolver {
  @ResolveField(() => [TranslationModel])
  translations(@Parent() text: Record<string, string>): TranslationModel[] {
    return Object.entries(text)
      .filter(([, value]) => typeof value === 'string')
      .map(([language, value]) => ({ language, text: value }));
  }
}

/** `me { office }` and every account's office. */
@Resolver(() => AccountModel)
export class AccountOfficeResolver {
  constructor(private readonly officesService: OfficesService) {}

  @ResolveField(() => OfficeModel)
  async office(
    @Parent() account: AccountModel,
    @Context() context: GraphQLContext,
  ): Promise<OfficeModel> {
    const office = await this.officesService.loader(context.loaders).load(account.officeCode);
    if (!office)
      throw new NotFoundError(`No office with code ${account.officeCode} is in the network.`);
    return office;
  }
}

/** The office an invitation link leads into, named before the invitee has an account. */
@Resolver(() => InvitationPreviewModel)
export class InvitationPreviewOfficeResolver {
  constructor(private readonly officesService: OfficesService) {}

  @ResolveField(() => String, {
    description:
      'The office’s name in the asked language, else the caller’s (Accept-Language), else English.',
  })
  async officeName(
    @Parent() preview: InvitationPreviewModel,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): Promise<string> {
    const office = await this.officesService.loader(context.loaders).load(preview.officeCode);
    if (!office)
      throw new NotFoundError(`No office with code ${preview.officeCode} is in the network.`);
    return localizedFor(office.names, context, language);
  }
}
