import { Module } from '@nestjs/common';

import { MaturityModule } from '@wild/api/maturity';
import { MembersModule } from '@wild/api/members';
import { OfficesModule } from '@wild/api/offices';

import { DirectoryCache } from './directory-cache';
import { MemberSearchResolver } from './members/member-search.resolver';
import { MemberSearchService } from './members/member-search.service';
import { OfficeSearchResolver } from './offices/office-search.resolver';
import { OfficeSearchService } from './offices/office-search.service';

/** The directory: find offices and people by maturity, expertise, language and text, with facets. */
@Module({
  imports: [OfficesModule, MembersModule, MaturityModule],
  providers: [
    DirectoryCache,
    OfficeSearchService,
    OfficeSearchResolver,
    MemberSearchService,
    MemberSearchResolver,
  ],
  // matching refreshes its candidate model when the directory's version moves
  exports: [DirectoryCache],
})
export class DirectoryModule {}
