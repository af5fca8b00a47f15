import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@apollo/client';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

const schema = buildSchema(readFileSync(join(__dirname, '../../../../api/schema.gql'), 'utf8'));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Apollo's cache matches fragments by `__typename`, which the generated types leave out: this
 * adds it to a mocked result, from the schema and the document, so fixtures stay typed and short.
 */
export function withTypenames<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  data: Result,
): Result {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  if (!operation) throw new Error('withTypenames: no operation in the document');
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) throw new Error('withTypenames: the schema has no root type for the operation');

  function fieldsOf(selectionSet: SelectionSetNode): Map<string, SelectionSetNode | undefined> {
    const fields = new Map<string, SelectionSetNode | undefined>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD)
        fields.set(selection.alias?.value ?? selection.name.value, selection.selectionSet);
      else {
        const inner =
          selection.kind === Kind.FRAGMENT_SPREAD
            ? fragments.get(selection.name.value)?.selectionSet
            : selection.selectionSet;
        if (inner) for (const [name, set] of fieldsOf(inner)) fields.set(name, set);
      }
    }
    return fields;
  }

  function visit(
    value: Json,
    type: GraphQLObjectType,
    selectionSet: SelectionSetNode,
    isRoot = false,
  ): Json {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => visit(item, type, selectionSet));
    // the cache asks no __typename of the root (Query)
    const result: { [key: string]: Json } = isRoot ? {} : { __typename: type.name };
    const selected = fieldsOf(selectionSet);
    for (const [key, item] of Object.entries(value)) {
      const field = type.getFields()[key];
      const inner = selected.get(key);
      const named = field && getNamedType(field.type);
      result[key] = inner && named && isObjectType(named) ? visit(item, named, inner) : item;
    }
    return result;
  }

  return visit(data as Json, root, operation.selectionSet, true) as Result;
}
