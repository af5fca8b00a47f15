import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DemoOfficeProfilesSeeder } from './demo-office-profiles.seeder';
import { OfficeEntity } from './office.entity';
import {
  AccountOfficeResolver,
  InvitationPreviewOfficeResolver,
  LocalizedTextResolver,
  OfficesResolver,
} from './offices.resolver';
import { OfficesSeeder } from './offices.seeder';
import { OfficesService } from './offices.service';
import { LanguageEntity } from './reference/language.entity';
import { LanguagesResolver, St3CodesResolver } from './reference/reference-data.resolver';
import { ReferenceDataSeeder } from './reference/reference-data.seeder';
import { ReferenceDataService } from './reference/reference-data.service';
import { St3CodeEntity } from './reference/st3-code.entity';

/** Offices of the network, keyed by WIPO ST.3 code, and the reference lists they use. */
@Module({
  imports: [TypeOrmModule.forFeature([OfficeEntity, St3CodeEntity, LanguageEntity])],
  providers: [
    OfficesService,
    OfficesResolver,
    LocalizedTextResolver,
    AccountOfficeResolver,
    InvitationPreviewOfficeResolver,
    DemoOfficeProfilesSeeder,
    ReferenceDataService,
    St3CodesResolver,
    LanguagesResolver,
    ReferenceDataSeeder,
    OfficesSeeder,
  ],
  exports: [OfficesService],
})
export class OfficesModule {}
