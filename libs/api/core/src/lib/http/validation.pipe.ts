import { Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, ValidatorOptions } from 'class-validator';

import { BadUserInputError, FieldProblem, RuleParams } from '../errors/domain-error';

/** A constraint as a parameter: numbers stay numbers, anything else (a date) is written out. */
const param = (value: unknown): string | number =>
  typeof value === 'number' ? value : String(value);

const values = (list: unknown): string[] => (Array.isArray(list) ? list.map(String) : []);

/**
 * The parameters of the class-validator rules a client needs to say them in its own words, from
 * their constraints (`@MaxLength(200)` → `{ max: 200 }`). Other rules have none.
 */
const PARAMS_OF: Record<string, (constraints: readonly unknown[]) => RuleParams> = {
  maxLength: ([max]) => ({ max: param(max) }),
  minLength: ([min]) => ({ min: param(min) }),
  isLength: ([min, max]) => ({
    min: param(min),
    ...(max === undefined ? {} : { max: param(max) }),
  }),
  min: ([min]) => ({ min: param(min) }),
  max: ([max]) => ({ max: param(max) }),
  arrayMaxSize: ([max]) => ({ max: param(max) }),
  arrayMinSize: ([min]) => ({ min: param(min) }),
  isIn: ([list]) => ({ values: values(list) }),
  // IsEnum keeps the enum and its values
  isEnum: ([, list]) => ({ values: values(list) }),
};

/** The parameters of `rule` on `property` of the class of `target`, from its validation metadata. */
function paramsOf(target: object | undefined, property: string, rule: string): RuleParams {
  const of = PARAMS_OF[rule];
  if (!of || !target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', false, false)
    .find((candidate) => candidate.propertyName === property && candidate.name === rule);
  return metadata ? of(metadata.constraints ?? []) : {};
}

/**
 * class-validator's refusals as problems: each field by its dotted path (`names.0.text`), the rule
 * it breaks (the constraint's name: `maxLength`, `isEmail`, `isOneLineText`) and that rule's
 * parameters. The errors need their `target` (validate with `validationError: { target: true }`)
 * for the parameters; no target or value is kept in the problems.
 */
export function problemsOf(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message,
      rule,
      params: paramsOf(error.target, error.property, rule),
    }));
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/** The targets are read for the rules' parameters, never answered; the values are not kept. */
const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  validationError: { target: true, value: false },
};

/**
 * Validates every input object with its class-validator rules; a refusal is BAD_USER_INPUT
 * naming each field with its rule (`extensions.field`, `rule`, `params`, and `errors`).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    ...VALIDATOR_OPTIONS,
    exceptionFactory: (errors) => new BadUserInputError(problemsOf(errors)),
  });
}

/**
 * Validates a value as the pipe would, where the pipe has not run yet (in a guard): returns the
 * typed input or throws BAD_USER_INPUT.
 */
export async function validateInput<T extends object>(type: Type<T>, value: unknown): Promise<T> {
  const input = plainToInstance(type, value ?? {});
  const errors = await validate(input, VALIDATOR_OPTIONS);
  if (errors.length > 0) throw new BadUserInputError(problemsOf(errors));
  return input;
}
