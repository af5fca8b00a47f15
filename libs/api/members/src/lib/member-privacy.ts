import { Inject, Injectable, Optional } from '@nestjs/common';
import { Brackets, SelectQueryBuilder } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import type { DataLoaderRegistry } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import type { MemberEntity } from './member.entity';
import { ContactVisibility } from './member.enums';

type Viewer = Pick<AuthenticatedAccount, 'id' | 'role' | 'officeCode'>;
export type ContactViewer = Viewer;

/**
 * Declared here, provided later by brokering: may the viewer see the member's contact details
 * because an introduction between them is active? Without a provider: no. It answers from the
 * request's loaders, so a list of members costs the same statements as one.
 */
export interface ContactAccess {
  sharesActiveIntroduction(
    viewer: Viewer,
    member: MemberEntity,
    loaders: DataLoaderRegistry,
  ): Promise<boolean>;
}
export const CONTACT_ACCESS = Symbol('CONTACT_ACCESS');

function isBrokerOrAdmin(viewer: Viewer): boolean {
  return viewer.role === Role.BROKER || viewer.role === Role.ADMIN;
}

/**
 * The privacy rules of member profiles, in one place. Every read, list and count goes through
 * them: a hidden profile is seen only by its member, brokers, admins and its office's admins; contact
 * details only by the member, brokers and admins, everyone when the member chose NETWORK, and the
 * parties of an active introduction.
 */
@Injectable()
export class MemberPrivacy {
  constructor(@Optional() @Inject(CONTACT_ACCESS) private readonly contactAccess?: ContactAccess) {}

  canSeeProfile(viewer: Viewer, member: MemberEntity): boolean {
    return (
      !member.hidden ||
      member.accountId === viewer.id ||
      isBrokerOrAdmin(viewer) ||
      (viewer.role === Role.OFFICE_ADMIN && viewer.officeCode === member.officeCode)
    );
  }

  /** Office admins keep their office's profiles (but not the contact details); brokers and admins all. */
  canEditProfile(viewer: Viewer, member: MemberEntity): boolean {
    return (
      isBrokerOrAdmin(viewer) ||
      (viewer.role === Role.OFFICE_ADMIN && viewer.officeCode === member.officeCode)
    );
  }

  async canSeeContact(
    viewer: Viewer,
    member: MemberEntity,
    loaders: DataLoaderRegistry,
  ): Promise<boolean> {
    if (member.accountId === viewer.id || isBrokerOrAdmin(viewer)) return true;
    if (member.contactVisibility === ContactVisibility.NETWORK) return true;
    return (await this.contactAccess?.sharesActiveIntroduction(viewer, member, loaders)) ?? false;
  }

  /**
   * What {@link visibleTo} depends on, as a key: callers with the same scope see the same
   * profiles (the directory keeps results per scope).
   */
  visibilityScope(viewer: Viewer): string {
    if (isBrokerOrAdmin(viewer)) return 'ib';
    return viewer.role === Role.OFFICE_ADMIN
      ? `office-admin:${viewer.officeCode}:${viewer.id}`
      : `member:${viewer.id}`;
  }

  /** Narrows a query of members (as `alias`) to the profiles the viewer may see. */
  visibleTo<T extends object>(
    query: SelectQueryBuilder<T>,
    alias: string,
    viewer: Viewer,
  ): SelectQueryBuilder<T> {
    if (isBrokerOrAdmin(viewer)) return query;
    return query.andWhere(
      new Brackets((where) => {
        where
          .where(`${alias}.hidden = false`)
          .orWhere(`${alias}.accountId = :privacyViewer`, { privacyViewer: viewer.id });
        if (viewer.role === Role.OFFICE_ADMIN) {
          where.orWhere(`${alias}.officeCode = :privacyOffice`, {
            privacyOffice: viewer.officeCode,
          });
        }
      }),
    );
  }
}
