import { Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { BadUserInputError, FieldProblem } from '../errors/domain-error';

export function problemsOf(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/**
 * Validates every input object with its class-validator rules; a refusal is BAD_USER_INPUT
 * naming each field (`extensions.field`, and `extensions.errors` when several fail).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadUserInputError(problemsOf(errors)),
  });
}

/**
 * Validates a value as the pipe would, where the pipe has not run yet (in a guard): returns the
 * typed input or throws BAD_USER_INPUT.
 */
export async function validateInput<T extends object>(type: Type<T>, value: unknown): Promise<T> {
  const input = plainToInstance(type, value ?? {});
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new BadUserInputError(problemsOf(errors));
  return input;
}
