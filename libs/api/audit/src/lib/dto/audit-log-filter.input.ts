import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

import { PageArgs } from '@wild/api/core';

@InputType()
export class AuditLogFilterInput {
  @Field({ nullable: true, description: 'account, invitation, office …' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  entity?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'The acting account.' })
  @IsOptional()
  @IsUUID('all', { message: 'actor must be an account id.' })
  actor?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this moment (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Until this moment (exclusive).',
  })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilterInput)
  filter?: AuditLogFilterInput;
}
