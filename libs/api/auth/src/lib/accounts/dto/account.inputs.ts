import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';

import { Role } from '@wild/shared/domain';

@InputType()
export class SetRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;
}

@InputType()
export class DeactivateAccountInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId!: string;
}
