import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  ValueNode,
  visit,
} from 'graphql';

import { BadUserInputError, FieldProblem } from '../errors/domain-error';
import { fieldOfPath } from './variable-problems';

/** U+0000: no person types it, and PostgreSQL cannot store it in a text (it answered 500). */
const NUL = '\u0000';

type Path = readonly (string | number)[];

const problemAt = (path: Path): FieldProblem => {
  // inside a mutation's one `input`, fields are named as its validation names them (`fullName`)
  const field = fieldOfPath(path);
  return { field, message: `${field} must not contain a NUL character (U+0000).`, rule: 'noNul' };
};

function literalProblems(value: ValueNode, path: Path, found: FieldProblem[]): void {
  switch (value.kind) {
    case Kind.STRING:
      if (value.value.includes(NUL)) found.push(problemAt(path));
      return;
    case Kind.LIST:
      value.values.forEach((item, index) => literalProblems(item, [...path, index], found));
      return;
    case Kind.OBJECT:
      for (const field of value.fields) {
        literalProblems(field.value, [...path, field.name.value], found);
      }
      return;
    default:
      // a variable is checked with the variables' values; numbers, enums and names hold no text
      return;
  }
}

/**
 * The string literals of an operation (and of the fragments of its document) that hold a NUL:
 * arguments of fields and directives, named by their path from the argument (`id`; inside an
 * `input`, from it: `fullName`, `names.0.text`), and variables' default values, by the variable's
 * name.
 */
export function nulInLiterals(
  operation: OperationDefinitionNode,
  document?: DocumentNode,
): FieldProblem[] {
  const found: FieldProblem[] = [];
  const fragments =
    document?.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION) ??
    [];
  for (const node of [operation, ...fragments]) {
    visit(node, {
      Argument(argument) {
        literalProblems(argument.value, [argument.name.value], found);
        return false;
      },
      VariableDefinition(definition) {
        if (definition.defaultValue) {
          literalProblems(definition.defaultValue, [definition.variable.name.value], found);
        }
        return false;
      },
    });
  }
  return found;
}

/** The strings of a JSON-like value (variables, as sent or as coerced) that hold a NUL. */
export function nulInValue(value: unknown, path: Path = []): FieldProblem[] {
  if (typeof value === 'string') return value.includes(NUL) ? [problemAt(path)] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => nulInValue(item, [...path, index]));
  if (typeof value !== 'object' || value === null) return [];
  // input objects are coerced without a prototype; other objects (a Date) are a scalar's own
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== null && prototype !== Object.prototype) return [];
  return Object.entries(value).flatMap(([key, item]) => nulInValue(item, [...path, key]));
}

/**
 * The variables that hold a NUL, by their path from the variable (`memberId`; `fullName` inside
 * an `$input`),
 * as the operation's types coerce them. Variables the types refuse are left to the execution,
 * which answers them before any resolver runs.
 */
export function nulInVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): FieldProblem[] {
  // the coercion runs again in the execution: pay for it here only when a NUL was sent
  if (!variables || nulInValue(variables).length === 0) return [];
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return result.coerced ? nulInValue(result.coerced) : [];
}

/**
 * Refuses, before anything runs, a request that holds a NUL character in any string it gives: an
 * argument or input field literal, a variable's default, or a variable's value, however deep in
 * input objects and lists. With BAD_USER_INPUT (HTTP 400) naming each path, in the shape of
 * {@link BadUserInputError}. Other characters are the input classes' to refuse (text-input.decorator).
 */
export function cleanStringsPlugin(): ApolloServerPlugin {
  // Apollo hands the same parsed document for the same query text: walk its literals once
  const literalsOf = new WeakMap<OperationDefinitionNode, FieldProblem[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return; // resolved by now; the type allows none
          let literals = literalsOf.get(operation);
          if (!literals) {
            literals = nulInLiterals(operation, document);
            literalsOf.set(operation, literals);
          }
          const found = [...literals, ...nulInVariables(schema, operation, request.variables)];
          if (found.length === 0) return;
          const unique = [...new Map(found.map((problem) => [problem.field, problem])).values()];
          const error = new BadUserInputError(unique);
          throw new GraphQLError(error.message, {
            extensions: { code: error.code, ...error.extensions, http: { status: 400 } },
          });
        },
      };
    },
  };
}
