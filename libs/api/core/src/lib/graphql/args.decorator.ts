// the one place that wraps it
// eslint-disable-next-line no-restricted-imports
import { Args as GraphQLArgs } from '@nestjs/graphql';

import { createValidationPipe } from '../http/validation.pipe';

/** One pipe for every argument: it keeps no state between calls. */
const INPUT_VALIDATION_PIPE = createValidationPipe();

/** Types the validation pipe leaves as they are: class-validator's rules live on classes. */
const UNVALIDATED_TYPES = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer, Date]);

/**
 * `@Args` of @nestjs/graphql, with the API's input validation (class-validator; BAD_USER_INPUT
 * naming each field) on every argument whose declared type is a class: `input` objects and
 * `@ArgsType()` classes. ESLint refuses `Args` from @nestjs/graphql everywhere else.
 *
 * The pipe is not global because Nest would then run it on every parameter of every field
 * resolver too (the parent, the context), each through a chain of promises: a directory page of
 * 20 offices paid for some 180 of them, a quarter of its throughput (docs/benchmarks).
 */
export const Args = ((...options: unknown[]): ParameterDecorator =>
  (target, key, index) => {
    const declared: unknown =
      key === undefined
        ? undefined
        : Reflect.getMetadata('design:paramtypes', target, key)?.[index];
    const args = GraphQLArgs as (...given: unknown[]) => ParameterDecorator;
    // an unknown type (no metadata) is validated
    const decorate = UNVALIDATED_TYPES.has(declared)
      ? args(...options)
      : args(...options, INPUT_VALIDATION_PIPE);
    decorate(target, key, index);
  }) as typeof GraphQLArgs;
