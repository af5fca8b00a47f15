import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';

import { variableProblem } from '../graphql/variable-problems';
import { BadUserInputError, DomainError, ErrorCode } from './domain-error';

/** The codes GraphQL itself and Apollo give, which pass through unchanged. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

interface Mapped {
  code: ErrorCode;
  message: string;
  extensions?: Record<string, unknown>;
}

/** A refusal of PostgreSQL's that names a field: in the shape of {@link BadUserInputError}. */
function badInput(field: string | undefined, message: string, rule: string): Mapped {
  return {
    code: ErrorCode.BAD_USER_INPUT,
    message,
    extensions: field ? new BadUserInputError({ field, message, rule }).extensions : {},
  };
}

/** PostgreSQL's own refusals, as a person would read them. */
function mapDatabaseError(error: QueryFailedError): Mapped | null {
  const driverError = error.driverError as { code?: string; detail?: string; column?: string };
  // "Key (code)=(FR) already exists." names the column that clashed.
  const column = driverError.detail?.match(/^Key \(([^)]+)\)/)?.[1] ?? driverError.column;
  const field = column?.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  switch (driverError.code) {
    case '23505':
      return {
        code: ErrorCode.CONFLICT,
        message: field ? `This ${field} is already in use.` : 'This already exists.',
        extensions: field ? { field } : {},
      };
    case '23503':
      return badInput(
        field,
        field
          ? `The ${field} refers to something that does not exist.`
          : 'A reference points to nothing.',
        'unknownReference',
      );
    case '23502':
    case '23514':
    case '22001':
    case '22003':
    case '22P02':
      return badInput(
        field,
        field ? `The value of ${field} is not valid.` : 'A value is not valid.',
        'invalidValue',
      );
    case '22007':
    case '22008':
      // a date PostgreSQL cannot hold (before 4713 BC, after 294276 AD)
      return badInput(
        field,
        field
          ? `The date of ${field} is out of the range the API can store.`
          : 'A date is out of the range the API can store.',
        'dateOutOfRange',
      );
    default:
      return null;
  }
}

function mapKnownError(error: unknown): Mapped | null {
  if (error instanceof DomainError) {
    return { code: error.code, message: error.message, extensions: error.extensions };
  }
  if (error instanceof QueryFailedError) return mapDatabaseError(error);
  if (error instanceof HttpException) {
    const code = HTTP_STATUS_CODES[error.getStatus()];
    return code ? { code, message: error.message } : null;
  }
  return null;
}

/** Where unexpected errors are logged (a pino or nestjs-pino logger). */
export interface ErrorLogger {
  error(details: object, message: string): void;
}

export interface ErrorFormatterOptions {
  readonly production: boolean;
}

/** True for an error that no rule maps to a code: a fault of ours, to be logged. */
export function isUnexpectedError(error: GraphQLError): boolean {
  const code = error.extensions?.['code'];
  if (typeof code === 'string' && PROTOCOL_CODES.has(code)) return false;
  return !mapKnownError(unwrapResolverError(error));
}

/**
 * Logs each unexpected error of a request with the request's own logger (`req.log`, so the line
 * carries the `X-Request-Id` a user can report), or `fallback` outside an HTTP request.
 */
export function unexpectedErrorLogPlugin(
  fallback: ErrorLogger,
): ApolloServerPlugin<{ req?: { log?: ErrorLogger } }> {
  return {
    // Apollo answers these two through the error formatter without running the request's hooks
    async contextCreationDidFail({ error }) {
      fallback.error({ err: error }, 'Unexpected error creating a GraphQL context');
    },
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      (requestContext.contextValue?.req?.log ?? fallback).error(
        { err: error },
        'Unexpected error processing a GraphQL request',
      );
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const logger = contextValue.req?.log ?? fallback;
          for (const error of errors.filter(isUnexpectedError)) {
            logger.error(
              { err: unwrapResolverError(error), path: error.path },
              'Unexpected error in a GraphQL request',
            );
          }
        },
      };
    },
  };
}

/**
 * The one error path of the API: domain errors, PostgreSQL's refusals and Nest's HTTP exceptions
 * become the codes of docs/api-conventions; anything unexpected (logged by
 * {@link unexpectedErrorLogPlugin}) is, in production, answered without its message or stack.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped = mapKnownError(original);
    if (mapped) {
      return {
        message: mapped.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: mapped.code,
          ...mapped.extensions,
          ...(options.production ? {} : { stacktrace: formatted.extensions?.['stacktrace'] }),
        },
      };
    }
    const code = formatted.extensions?.['code'];
    if (code === ErrorCode.BAD_USER_INPUT && formatted.extensions?.['field'] === undefined) {
      // GraphQL's own refusal of a variable's value: named and given a rule as our own are
      const problem = variableProblem(formatted.message, original);
      if (problem) {
        const { extensions } = new BadUserInputError(problem);
        return { ...formatted, extensions: { ...formatted.extensions, ...extensions } };
      }
    }
    if (typeof code === 'string' && PROTOCOL_CODES.has(code)) return formatted;

    if (!options.production) {
      return {
        ...formatted,
        extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return {
      message: 'Something went wrong on our side. It has been logged; please try again later.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
