import { ValidationError, ValidationPipe } from '@nestjs/common';

import { BadUserInputError, FieldProblem } from '../errors/domain-error';

function problemsOf(errors: ValidationError[], parent = ''): FieldProblem[] {
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
