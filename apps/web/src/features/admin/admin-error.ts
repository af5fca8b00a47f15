import type { IntlShape } from 'react-intl';

import { describeError } from '../../shared/errors';

/**
 * One sentence for a refused action: the field's message when the API names a rule (you cannot
 * deactivate your own account), else the code's (FORBIDDEN: you are not allowed to do this).
 */
export function actionError(intl: IntlShape, error: unknown): string {
  const described = describeError(intl, error);
  return Object.values(described.fields)[0] ?? described.message;
}
