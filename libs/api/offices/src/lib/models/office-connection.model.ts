import { ObjectType } from '@nestjs/graphql';

import { Connection } from '@wild/api/core';

import { OfficeModel } from './office.model';

@ObjectType('OfficeConnection')
export class OfficeConnection extends Connection(OfficeModel) {}
