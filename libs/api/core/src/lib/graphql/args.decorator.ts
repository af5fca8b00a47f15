import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
// the one place that wraps it
// eslint-disable-next-line no-restricted-imports
import { Args as GraphQLArgs } from '@nestjs/graphql';

import { createValidationPipe } from '../http/validation.pipe';

/** One pipe for every argument: it keeps no state between calls. */
const INPUT_VALIDATION_PIPE = createValidationPipe();

/** Types the validation pipe leaves as they are: class-validator's rules live on classes. */
const UNVALIDATED_TYPES = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer, Date]);

/**
 * For an argument declared `Input | null` (TypeScript then records `Object` as its type): the
 * validation of the class its `type` option names, looked up at the first request, when every
 * class of the schema exists.
 */
class DeclaredTypeValidationPipe implements PipeTransform {
  constructor(private readonly typeOf: () => unknown) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // a nullable argument left out stays out
    if (value === null || value === undefined) return value;
    const type = this.typeOf();
    // an enum, a scalar or a list: GraphQL's own coercion is the whole check
    if (typeof type !== 'function' || UNVALIDATED_TYPES.has(type)) return value;
    return INPUT_VALIDATION_PIPE.transform(value, {
      ...metadata,
      metatype: type as ArgumentMetadata['metatype'],
    });
  }
}

/**
 * `@Args` of @nestjs/graphql, with the API's input validation (class-validator; BAD_USER_INPUT
 * naming each field) on every argument whose type is a class: `input` objects and `@ArgsType()`
 * classes. ESLint refuses `Args` from @nestjs/graphql everywhere else.
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
    const typeOption = options.find(
      (option): option is { type: () => unknown } =>
        typeof option === 'object' &&
        option !== null &&
        typeof (option as { type?: unknown }).type === 'function',
    )?.type;
    const args = GraphQLArgs as (...given: unknown[]) => ParameterDecorator;
    let decorate: ParameterDecorator;
    if (declared === Object && typeOption) {
      decorate = args(...options, new DeclaredTypeValidationPipe(typeOption));
    } else if (UNVALIDATED_TYPES.has(declared)) {
      decorate = args(...options);
    } else {
      // a class, or no recorded type at all: validated
      decorate = args(...options, INPUT_VALIDATION_PIPE);
    }
    decorate(target, key, index);
  }) as typeof GraphQLArgs;
