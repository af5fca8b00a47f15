import { CombinedGraphQLErrors } from '@apollo/client';
import type { IntlShape } from 'react-intl';

import { describeError, type DescribedError } from '../../shared/errors';

/** A refusal as the page shows it: translated, with the rule of each field's problem. */
export interface Refusal extends DescribedError {
  /** The rule behind each field's message (`levelUnknown` on `dimension`), to offer the fix. */
  readonly rules: Readonly<Record<string, string>>;
}

export function refusalOf(intl: IntlShape, error: unknown): Refusal {
  const described = describeError(intl, error);
  const rules: Record<string, string> = {};
  if (CombinedGraphQLErrors.is(error))
    for (const problem of error.errors) {
      const extensions = (problem.extensions ?? {}) as Record<string, unknown>;
      const listed = (extensions['errors'] as { field?: string; rule?: string }[] | undefined) ?? [
        { field: extensions['field'] as string | undefined, rule: extensions['rule'] as string },
      ];
      for (const { field, rule } of listed) if (field && rule && !rules[field]) rules[field] = rule;
    }
  return { ...described, rules };
}
