import { CreateReferenceDataAndOffices1795490000000 } from './1795490000000-create-reference-data-and-offices';
import { CreateAccountsSessionsInvitationsAudit1795493000000 } from './1795493000000-create-accounts-sessions-invitations-audit';
import { CreateMembersAndOfficeProfiles1795496000000 } from './1795496000000-create-members-and-office-profiles';
import { CreateMaturityModel1795499000000 } from './1795499000000-create-maturity-model';
import { CreateMaturityAssessments1795502000000 } from './1795502000000-create-maturity-assessments';
import { CreateStandardAdoption1795505000000 } from './1795505000000-create-standard-adoption';
import { CreateNeedsAndOffers1795508000000 } from './1795508000000-create-needs-and-offers';
import { CreateDemoSeedHistory1795511000000 } from './1795511000000-create-demo-seed-history';
import { CreateDirectorySearch1795514000000 } from './1795514000000-create-directory-search';
import { AddOfficeSortName1795517000000 } from './1795517000000-add-office-sort-name';
import { CreateDirectoryChangeLog1795520000000 } from './1795520000000-create-directory-change-log';
import { LogAssessmentChangesForDirectory1795523000000 } from './1795523000000-log-assessment-changes-for-directory';
import { KeepMemberSearchAndCurrentMaturityFresh1795526000000 } from './1795526000000-keep-member-search-and-current-maturity-fresh';
import { CreateAuthRateLimit1795529000000 } from './1795529000000-create-auth-rate-limit';
import { AddCurrentMaturityFormulaVersion1795532000000 } from './1795532000000-add-current-maturity-formula-version';
import { CreateAuthKnownAddress1795535000000 } from './1795535000000-create-auth-known-address';
import { AddRefreshTokenSuccessor1795538000000 } from './1795538000000-add-refresh-token-successor';
import { AddOfficeAcronymsAndSortNamesByLanguage1795541000000 } from './1795541000000-add-office-acronyms-and-sort-names-by-language';
import { AddAccountSearchIndexes1795544000000 } from './1795544000000-add-account-search-indexes';
import { CreateBrokering1795547000000 } from './1795547000000-create-brokering';

/**
 * Every migration, oldest first. Listed here rather than found by a glob, because the built API
 * is one bundle. A landed migration is never edited: add a new one.
 */
export const MIGRATIONS = [
  CreateReferenceDataAndOffices1795490000000,
  CreateAccountsSessionsInvitationsAudit1795493000000,
  CreateMembersAndOfficeProfiles1795496000000,
  CreateMaturityModel1795499000000,
  CreateMaturityAssessments1795502000000,
  CreateStandardAdoption1795505000000,
  CreateNeedsAndOffers1795508000000,
  CreateDemoSeedHistory1795511000000,
  CreateDirectorySearch1795514000000,
  AddOfficeSortName1795517000000,
  CreateDirectoryChangeLog1795520000000,
  LogAssessmentChangesForDirectory1795523000000,
  KeepMemberSearchAndCurrentMaturityFresh1795526000000,
  CreateAuthRateLimit1795529000000,
  AddCurrentMaturityFormulaVersion1795532000000,
  CreateAuthKnownAddress1795535000000,
  AddRefreshTokenSuccessor1795538000000,
  AddOfficeAcronymsAndSortNamesByLanguage1795541000000,
  AddAccountSearchIndexes1795544000000,
  CreateBrokering1795547000000,
];
