import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import {
  BadUserInputError,
  ConnectionShape,
  KeysetOrderKey,
  NotFoundError,
  PageArgs,
  paginate,
} from '@wild/api/core';
import { isSt3Code } from '@wild/shared/reference-data';

import { OfficeEntity } from './office.entity';

const ORDER_BY_CODE: readonly KeysetOrderKey<OfficeEntity>[] = [
  { expression: 'office.code', direction: 'ASC', valueOf: (office) => office.code },
];

/**
 * Reads a WIPO ST.3 code as a person types it (`fr`, ` EP `) and refuses what ST.3 does not list.
 * `field` names the input field in the error.
 */
export function parseOfficeCode(value: string, field = 'code'): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !isSt3Code(code)) {
    throw BadUserInputError.field(
      field,
      `“${value}” is not a WIPO ST.3 office code (such as FR, EP or WO).`,
    );
  }
  return code;
}

@Injectable()
export class OfficesService {
  constructor(@InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>) {}

  async getByCode(value: string): Promise<OfficeEntity> {
    const code = parseOfficeCode(value);
    const office = await this.offices.findOneBy({ code });
    if (!office) throw new NotFoundError(`No office with code ${code} is in the network.`);
    return office;
  }

  list(page: PageArgs): Promise<ConnectionShape<OfficeEntity>> {
    return paginate(this.offices.createQueryBuilder('office'), page, ORDER_BY_CODE);
  }
}
