import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { IntlShape } from 'react-intl';

/** One field error as the API sends it in `extensions.errors`. */
interface FieldErrorExtension {
  readonly field?: string;
  readonly message?: string;
  readonly rule?: string;
  readonly params?: Record<string, unknown>;
}

/** What a form shows: one message for the whole, one per field, in the interface's language. */
export interface DescribedError {
  readonly code: string;
  readonly message: string;
  /** Keyed by the input's field path without `input.` (`email`, `maturity.0.min`). */
  readonly fields: Readonly<Record<string, string>>;
  readonly retryAfterSeconds?: number;
}

function has(intl: IntlShape, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(intl.messages, id);
}

function asValues(params: Record<string, unknown> | undefined): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {}))
    values[key] = Array.isArray(value)
      ? value.join(', ')
      : typeof value === 'number'
        ? value
        : String(value);
  return values;
}

/** A field error's message: by its rule when the catalogue knows it, else the API's own words. */
export function fieldMessage(intl: IntlShape, problem: FieldErrorExtension): string {
  const id = `error.rule.${problem.rule}`;
  if (problem.rule && has(intl, id)) return intl.formatMessage({ id }, asValues(problem.params));
  return problem.message ?? intl.formatMessage({ id: 'error.code.BAD_USER_INPUT' });
}

function fieldKey(field: string): string {
  return field.replace(/^input\./, '');
}

/** Translates any error of a query or mutation by `extensions.code` (and each field's rule). */
export function describeError(intl: IntlShape, error: unknown): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code =
      typeof extensions['code'] === 'string' ? extensions['code'] : 'INTERNAL_SERVER_ERROR';
    const fields: Record<string, string> = {};
    const problems = (extensions['errors'] as FieldErrorExtension[] | undefined) ?? [];
    for (const problem of problems)
      if (problem.field && !fields[fieldKey(problem.field)])
        fields[fieldKey(problem.field)] = fieldMessage(intl, problem);
    if (problems.length === 0 && typeof extensions['field'] === 'string')
      fields[fieldKey(extensions['field'])] = fieldMessage(intl, {
        field: extensions['field'],
        message: first?.message,
        rule: extensions['rule'] as string | undefined,
        params: extensions['params'] as Record<string, unknown> | undefined,
      });
    const retryAfterSeconds =
      typeof extensions['retryAfterSeconds'] === 'number'
        ? extensions['retryAfterSeconds']
        : undefined;
    return { code, fields, retryAfterSeconds, message: codeMessage(intl, code, retryAfterSeconds) };
  }
  if (ServerError.is(error) && error.statusCode === 429)
    return {
      code: 'TOO_MANY_REQUESTS',
      fields: {},
      message: codeMessage(intl, 'TOO_MANY_REQUESTS'),
    };
  return { code: 'NETWORK', fields: {}, message: intl.formatMessage({ id: 'error.network' }) };
}

export function codeMessage(intl: IntlShape, code: string, retryAfterSeconds?: number): string {
  const id = has(intl, `error.code.${code}`)
    ? `error.code.${code}`
    : 'error.code.INTERNAL_SERVER_ERROR';
  return intl.formatMessage({ id }, { seconds: retryAfterSeconds ?? 0 });
}
