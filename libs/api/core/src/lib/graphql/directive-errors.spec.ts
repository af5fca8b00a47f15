import { buildSchema, parse, validate } from 'graphql';

import { isDirectiveError, withOneDirectiveError } from './directive-errors';

const schema = buildSchema(`type Query { name: String, count(min: Int): Int }`);
const errorsOf = (query: string) => validate(schema, parse(query));

describe('withOneDirectiveError', () => {
  it('makes the errors of unknown, misplaced and repeated directives one, where the first was', () => {
    const errors = errorsOf(
      'query @skip(if: true) { nothing name @a @b @include(if: true) @include(if: true) count(max: 1) }',
    );
    expect(errors.filter(isDirectiveError)).toHaveLength(4);
    const messages = withOneDirectiveError(errors).map((error) => error.message);
    expect(messages).toEqual([
      'Directive "@skip" may not be used on QUERY. 3 more problems with directives in this document.',
      'Cannot query field "nothing" on type "Query".',
      'Unknown argument "max" on field "Query.count". Did you mean "min"?',
    ]);
    expect(withOneDirectiveError(errors)[0].locations).toEqual([{ line: 1, column: 7 }]);
  });

  it('counts a directive that lacks its argument, not an argument of a directive', () => {
    const errors = errorsOf('{ name @include @skip(if: true, unless: false) }');
    expect(withOneDirectiveError(errors).map((error) => error.message)).toEqual([
      'Directive "@include" argument "if" of type "Boolean!" is required, but it was not provided.',
      'Unknown argument "unless" on directive "@skip".',
    ]);
  });

  it('leaves errors alone when at most one is about directives', () => {
    const errors = errorsOf('{ name @a nothing }');
    expect(withOneDirectiveError(errors)).toEqual(errors);
    expect(withOneDirectiveError([])).toEqual([]);
  });
});
