import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  FieldNode,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';

import { GraphQLResponse, TestAccount, TestApp } from '@wild/api/testing';

import {
  Caller,
  CALLERS,
  Cell,
  createMatrixFixtures,
  fixtureMakers,
  FixtureMakers,
  MatrixCase,
  MatrixFixtures,
  OUTCOMES,
  OWNERSHIP_MATRIX,
} from './support/ownership-matrix';
import { startApp } from './support/start-app';

/**
 * Who may call what: every query and mutation of the committed schema, as every kind of caller,
 * against the matrix of test/support/ownership-matrix.ts (which says how a row is written).
 */
const SCHEMA_FILE = resolve(__dirname, '../schema.gql');
const ACCESS_CODES: readonly string[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

function schemaOperations(schema: GraphQLSchema): string[] {
  return [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((field) => `Query.${field}`),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((field) => `Mutation.${field}`),
  ].sort();
}

const casesOf = (operation: string): readonly MatrixCase[] => {
  const row = OWNERSHIP_MATRIX[operation];
  return Array.isArray(row) ? row : [row as MatrixCase];
};

const fieldOf = (operation: string) => operation.slice(operation.indexOf('.') + 1);

const titleOf = (operation: string) => {
  const deviations = casesOf(operation).reduce(
    (count, matrixCase) => count + Object.keys(matrixCase.deviations ?? {}).length,
    0,
  );
  return deviations === 0
    ? operation
    : `${operation} (${deviations} known deviation${deviations > 1 ? 's' : ''} from the conventions)`;
};

/** What a response is, in the matrix's terms (see ownership-matrix.ts); anything else is a string. */
function outcomeOf(
  response: GraphQLResponse,
  field: string,
  matrixCase: MatrixCase,
  cell: Cell,
): string {
  const errors = response.errors ?? [];
  const ofOperation = errors.filter(
    (error) => !error.path || (error.path.length === 1 && error.path[0] === field),
  );
  if (ofOperation.length > 0) {
    const { code } = ofOperation[0].extensions ?? {};
    if (ACCESS_CODES.includes(code)) return code;
    if (matrixCase.businessErrors?.includes(code)) return 'allowed';
    return `${code ?? `HTTP ${response.status}`} (${ofOperation[0].message})`;
  }
  if (errors.length > 0) {
    return `an error at ${errors[0].path?.join('.')}: ${errors[0].extensions?.code} (${errors[0].message})`;
  }
  const answer = response.data?.[field];
  if (answer === null || answer === undefined) return `no data (HTTP ${response.status})`;
  if (matrixCase.found && !matrixCase.found(answer, cell)) return 'NOT_FOUND';
  return 'allowed';
}

describe('the ownership matrix', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const operations = schemaOperations(schema);

  it('has a row for every query and mutation of the committed schema, and none for another', () => {
    const rows = Object.keys(OWNERSHIP_MATRIX).sort();
    const missing = operations.filter((operation) => !rows.includes(operation));
    const unknown = rows.filter((operation) => !operations.includes(operation));
    const problems = [
      ...(missing.length > 0
        ? [`operations without a row in test/support/ownership-matrix.ts: ${missing.join(', ')}`]
        : []),
      ...(unknown.length > 0
        ? [`rows for operations apps/api/schema.gql lacks: ${unknown.join(', ')}`]
        : []),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });

  it('has rows whose documents call their own operation, valid against the schema, and whose cells are outcomes', () => {
    const problems: string[] = [];
    for (const operation of Object.keys(OWNERSHIP_MATRIX)) {
      const [type, field] = operation.split('.');
      for (const [index, matrixCase] of casesOf(operation).entries()) {
        const where = `${operation} case ${index + 1}${matrixCase.about ? ` (${matrixCase.about})` : ''}`;
        let document;
        try {
          document = parse(matrixCase.document);
        } catch (error) {
          problems.push(`${where}: the document does not parse: ${(error as Error).message}`);
          continue;
        }
        for (const error of validate(schema, document)) problems.push(`${where}: ${error.message}`);
        const definitions = document.definitions.filter(
          (definition): definition is OperationDefinitionNode =>
            definition.kind === Kind.OPERATION_DEFINITION,
        );
        const roots = definitions.flatMap((definition) =>
          definition.selectionSet.selections.filter(
            (selection): selection is FieldNode => selection.kind === Kind.FIELD,
          ),
        );
        if (
          definitions.length !== 1 ||
          definitions[0].operation !== (type === 'Query' ? 'query' : 'mutation') ||
          roots.length !== 1 ||
          roots[0].name.value !== field ||
          roots[0].alias
        ) {
          problems.push(`${where}: the document must be one ${type} calling ${field} (no alias)`);
        }
        for (const caller of CALLERS) {
          if (!(OUTCOMES as readonly string[]).includes(matrixCase.expect[caller]))
            problems.push(`${where}: ${caller} expects ${matrixCase.expect[caller]}`);
          const deviation = matrixCase.deviations?.[caller];
          if (deviation && deviation.answers === matrixCase.expect[caller])
            problems.push(`${where}: ${caller}'s deviation answers what is expected`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  describe('as every caller', () => {
    let api: TestApp;
    let fixtures: MatrixFixtures;
    let make: FixtureMakers;

    beforeAll(async () => {
      api = await startApp();
      fixtures = await createMatrixFixtures(api);
      make = fixtureMakers(api, fixtures.steward);
    });

    afterAll(() => api?.close());

    /** The token a cell calls with (a fresh session or account when the case asks). */
    async function callerOf(
      caller: Caller,
      matrixCase: MatrixCase,
    ): Promise<{ account: TestAccount | undefined; token: string | undefined }> {
      if (caller === 'anonymous') return { account: undefined, token: undefined };
      const shared = fixtures.callers[caller];
      switch (matrixCase.as ?? 'session') {
        case 'session':
          return { account: shared, token: shared.accessToken };
        case 'fresh-session':
          return { account: shared, token: (await make.session(shared)).accessToken };
        case 'fresh-account': {
          const account = await make.account({ role: shared.role, officeCode: shared.officeCode });
          return { account, token: account.accessToken };
        }
      }
    }

    it.each(Object.keys(OWNERSHIP_MATRIX).map((operation) => [titleOf(operation), operation]))(
      '%s',
      async (_title, operation) => {
        const field = fieldOf(operation);
        const failures: string[] = [];
        for (const matrixCase of casesOf(operation)) {
          const about = matrixCase.about ? ` [${matrixCase.about}]` : '';
          for (const caller of CALLERS) {
            const { account, token } = await callerOf(caller, matrixCase);
            const cell: Cell = { api, fixtures, make, caller, account };
            const variables = (await matrixCase.variables?.(cell)) ?? {};
            const response = await api.gql(matrixCase.document, variables, { token });
            const actual = outcomeOf(response, field, matrixCase, cell);
            const expected = matrixCase.expect[caller];
            const deviation = matrixCase.deviations?.[caller];
            if (deviation) {
              if (actual === expected) {
                failures.push(
                  `${operation}${about} as ${caller}: answers ${expected} as the conventions ask; remove its deviation from the matrix`,
                );
              } else if (!actual.startsWith(deviation.answers)) {
                failures.push(
                  `${operation}${about} as ${caller}: expected ${expected} (known deviation: ${deviation.answers}), got ${actual}`,
                );
              }
            } else if (actual !== expected) {
              failures.push(
                `${operation}${about} as ${caller}: expected ${expected}, got ${actual}`,
              );
            }
          }
        }
        if (failures.length > 0) throw new Error(failures.join('\n'));
      },
    );
  });
});
