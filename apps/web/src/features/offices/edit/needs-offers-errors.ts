import { CombinedGraphQLErrors } from '@apollo/client';
import type { IntlShape } from 'react-intl';

import { describeError, fieldMessage } from '../../../shared/errors';

/** One row of a list as it was sent: its key in the form, and its dimension. */
export interface SentRow {
  readonly key: string;
  readonly dimension: string;
}

/** A refused save: the whole message, and each message beside its row's field or list. */
export interface ListsError {
  readonly message: string;
  /**
   * `<rowKey>.description`, `<rowKey>.dimension` or `<rowKey>` for a row's field; `needs` or
   * `offers` for a list as a whole.
   */
  readonly fields: Readonly<Record<string, string>>;
}

interface Problem {
  readonly field?: string;
  readonly message?: string;
  readonly rule?: string;
  readonly params?: Record<string, unknown>;
}

function problemsOf(error: unknown): Problem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const extensions = (error.errors[0]?.extensions ?? {}) as Record<string, unknown>;
  const listed = extensions['errors'];
  if (Array.isArray(listed)) return listed as Problem[];
  if (typeof extensions['field'] === 'string')
    return [
      {
        field: extensions['field'],
        message: error.errors[0]?.message,
        rule: extensions['rule'] as string | undefined,
        params: extensions['params'] as Record<string, unknown> | undefined,
      },
    ];
  return [];
}

/**
 * The API's refusal of `setNeedsAndOffers`, each problem beside the row it is about. The API names
 * a row by its place in the list (`needs.1.description`), or names the list with the row's
 * dimension in the rule's parameters (an empty description: `descriptionRequired` with
 * `{dimension}`; a dimension twice: `duplicate` with `{values}`).
 */
export function listsErrorOf(
  intl: IntlShape,
  error: unknown,
  sent: Readonly<Record<'needs' | 'offers', readonly SentRow[]>>,
): ListsError {
  const fields: Record<string, string> = {};
  for (const problem of problemsOf(error)) {
    const field = (problem.field ?? '').replace(/^input\./, '');
    const message = fieldMessage(intl, problem);
    const [list, index, ...rest] = field.split('.');
    if (list !== 'needs' && list !== 'offers') continue;
    const rows = sent[list];
    let key: string = list;
    if (index !== undefined && /^\d+$/.test(index) && rows[Number(index)]) {
      const row = rows[Number(index)];
      key = rest.length ? `${row?.key}.${rest.join('.')}` : `${row?.key}`;
    } else if (index === undefined) {
      const dimension = problem.params?.['dimension'];
      const values = problem.params?.['values'];
      if (problem.rule === 'descriptionRequired' && typeof dimension === 'string') {
        const row = rows.find((entry) => entry.dimension === dimension);
        if (row) key = `${row.key}.description`;
      } else if (problem.rule === 'duplicate' && Array.isArray(values)) {
        // the second entry of that dimension is the one to change
        const row = rows.filter((entry) => entry.dimension === values[0])[1];
        if (row) key = `${row.key}.dimension`;
      }
    }
    if (!fields[key]) fields[key] = message;
  }
  return { message: describeError(intl, error).message, fields };
}
