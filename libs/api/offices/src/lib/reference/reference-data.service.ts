import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { LanguageEntity } from './language.entity';
import { St3CodeEntity } from './st3-code.entity';

@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectRepository(St3CodeEntity) private readonly st3: Repository<St3CodeEntity>,
    @InjectRepository(LanguageEntity) private readonly languageList: Repository<LanguageEntity>,
  ) {}

  st3Codes(kind: St3CodeEntity['kind'] | null): Promise<St3CodeEntity[]> {
    return this.st3.find({ where: kind ? { kind } : {}, order: { code: 'ASC' } });
  }

  languages(wipoOfficialOnly: boolean): Promise<LanguageEntity[]> {
    return this.languageList.find({
      where: wipoOfficialOnly ? { wipoOfficial: true } : {},
      order: { code: 'ASC' },
    });
  }
}
