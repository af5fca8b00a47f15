import { GraphQLError } from 'graphql';

import type { FieldProblem } from '../errors/domain-error';
import { withoutSuggestions } from './hide-suggestions';

type Path = readonly (string | number)[];

/**
 * The field a path from a variable or an argument names: the path joined with dots
 * (`names.0.text`), from inside a mutation's one `input`, as its validation names fields.
 */
export function fieldOfPath(path: Path): string {
  return (path.length > 1 && path[0] === 'input' ? path.slice(1) : path).join('.');
}

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const MISSING_VARIABLE = new RegExp(
  `^Variable "\\$(${NAME})" of (?:required|non-null) type "[^"]*" (?:was not provided|must not be null)\\.$`,
);
const INVALID_VARIABLE = new RegExp(`^Variable "\\$(${NAME})" got invalid value `);
/** The end of graphql-js's prefix: ` at "input.names[0].text"` (a value printed cannot end so). */
const AT_PATH = new RegExp(` at "(${NAME}(?:\\.${NAME}|\\[\\d+\\])*)"$`);
const MISSING_FIELD = new RegExp(
  `^Field "(${NAME})" of required type "[^"]*" was not provided\\.$`,
);
const UNKNOWN_FIELD = new RegExp(`^Field "(${NAME})" is not defined by type "${NAME}"\\.`);
const NULL_VALUE = /^Expected non-nullable type "[^"]*" not to be null\.$/;

/** `input.names[0].text` as `['input', 'names', 0, 'text']`. */
function pathOf(printed: string): (string | number)[] {
  return [...printed.matchAll(new RegExp(`(${NAME})|\\[(\\d+)\\]`, 'g'))].map((match) =>
    match[1] === undefined ? Number(match[2]) : match[1],
  );
}

/** The reason graphql-js gives after the prefix, and the prefix, when the message ends with it. */
function splitReason(message: string, error: unknown): { head: string; reason: string } | null {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (!original) return null;
  for (const reason of [original.message, withoutSuggestions(original.message)]) {
    if (message.endsWith(`; ${reason}`)) {
      return { head: message.slice(0, -reason.length - 2), reason };
    }
  }
  return null;
}

/**
 * GraphQL's own refusal of a variable's value (BAD_USER_INPUT, before anything runs) as a field
 * problem: the field it names (from the variable, `fullName` inside an `$input`), and the rule,
 * `required` (a value left out or null where the type needs one), `unknownField` (a field the
 * input type does not have) or `type` (a value of another type: `"x"` for an Int, an unknown enum
 * value). `message` is the error's; `error`, the error Apollo formats (its original error holds
 * graphql-js's reason). Null for any other message.
 */
export function variableProblem(message: string, error: unknown): FieldProblem | null {
  const missing = MISSING_VARIABLE.exec(message);
  if (missing) return { field: fieldOfPath([missing[1]]), message, rule: 'required' };
  const invalid = INVALID_VARIABLE.exec(message);
  if (!invalid) return null;
  const variable = invalid[1];
  const split = splitReason(message, error);
  const printed = split && AT_PATH.exec(split.head)?.[1];
  const path = printed && pathOf(printed)[0] === variable ? pathOf(printed) : [variable];
  const reason = split?.reason ?? '';
  const missingField = MISSING_FIELD.exec(reason);
  if (missingField)
    return { field: fieldOfPath([...path, missingField[1]]), message, rule: 'required' };
  const unknownField = UNKNOWN_FIELD.exec(reason);
  if (unknownField) {
    return { field: fieldOfPath([...path, unknownField[1]]), message, rule: 'unknownField' };
  }
  if (NULL_VALUE.test(reason)) return { field: fieldOfPath(path), message, rule: 'required' };
  return { field: fieldOfPath(path), message, rule: 'type' };
}
