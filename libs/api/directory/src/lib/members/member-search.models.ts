import { Field, ObjectType } from '@nestjs/graphql';

import { MemberConnection } from '@wild/api/members';

import { FacetValueModel } from '../facets';
import { MemberFacetField } from './member-search.inputs';

@ObjectType('MemberFacet')
export class MemberFacetModel {
  @Field(() => MemberFacetField)
  field!: MemberFacetField;

  @Field(() => [FacetValueModel], { description: 'Most frequent first.' })
  values!: FacetValueModel[];
}

@ObjectType('MemberSearchConnection', {
  description: 'A page of the people directory, with its total and facets.',
})
export class MemberSearchConnection extends MemberConnection {
  @Field(() => [MemberFacetModel], {
    description: 'Counts over every member matching the filters (not only this page).',
  })
  facets!: MemberFacetModel[];
}
