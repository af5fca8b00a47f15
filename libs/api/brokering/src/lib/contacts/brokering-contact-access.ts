import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

import type { DataLoaderRegistry } from '@wild/api/core';
import type { ContactAccess, ContactViewer, MemberEntity } from '@wild/api/members';

/**
 * Members' CONTACT_ACCESS: the viewer sees a member's contact details when both accepted, one for
 * each side, an introduction that is ACTIVE now. One statement per GraphQL request: the people
 * the viewer is introduced to, whatever the number of members read.
 */
@Injectable()
export class BrokeringContactAccess implements ContactAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sharesActiveIntroduction(
    viewer: ContactViewer,
    member: MemberEntity,
    loaders: DataLoaderRegistry,
  ): Promise<boolean> {
    if (!member.accountId) return false;
    const introduced = await this.introducedTo(loaders).load(viewer.id);
    return introduced.has(member.accountId);
  }

  /** The accounts each viewer shares an ACTIVE introduction with, as its other responder. */
  private introducedTo(loaders: DataLoaderRegistry): DataLoader<string, ReadonlySet<string>> {
    return loaders.get(
      'brokering.introducedTo',
      () =>
        new DataLoader(async (viewers: readonly string[]) => {
          const rows: { viewer: string; other: string }[] = await this.dataSource.query(
            `SELECT requester_answered_by_id AS viewer, candidate_answered_by_id AS other
               FROM introduction
              WHERE state = 'ACTIVE' AND requester_answered_by_id = ANY($1::uuid[])
             UNION
             SELECT candidate_answered_by_id, requester_answered_by_id
               FROM introduction
              WHERE state = 'ACTIVE' AND candidate_answered_by_id = ANY($1::uuid[])`,
            [[...viewers]],
          );
          return viewers.map(
            (viewer) =>
              new Set(rows.filter((row) => row.viewer === viewer).map((row) => row.other)),
          );
        }),
    );
  }
}
