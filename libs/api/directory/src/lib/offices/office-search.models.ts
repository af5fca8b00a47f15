import { Field, ObjectType } from '@nestjs/graphql';

import { OfficeConnection } from '@wild/api/offices';

import { FacetValueModel } from '../facets';
import { OfficeFacetField } from './office-search.inputs';

@ObjectType('OfficeFacet')
export class OfficeFacetModel {
  @Field(() => OfficeFacetField)
  field!: OfficeFacetField;

  @Field(() => [FacetValueModel], { description: 'Most frequent first.' })
  values!: FacetValueModel[];
}

@ObjectType('OfficeSearchConnection', {
  description: 'A page of the office directory, with its total and facets.',
})
export class OfficeSearchConnection extends OfficeConnection {
  @Field(() => [OfficeFacetModel], {
    description: 'Counts over every office matching the filters (not only this page).',
  })
  facets!: OfficeFacetModel[];
}
