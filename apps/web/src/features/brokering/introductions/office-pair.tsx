import { VisuallyHidden } from '@mantine/core';
import { useIntl } from 'react-intl';

import { officeShort } from './introduction-labels';

type PairOffice = { code: string; name: string; acronym?: string | null };

/**
 * "ASPIT (SN) → INPI (FR)": the requesting office, then the one proposed to it. The arrow is
 * drawn for the eye; a screen reader hears the words instead.
 */
export function OfficePair({
  requester,
  candidate,
}: {
  requester: PairOffice;
  candidate: PairOffice;
}) {
  const intl = useIntl();
  return (
    <>
      {officeShort(requester)} <span aria-hidden="true">→</span>
      <VisuallyHidden>{intl.formatMessage({ id: 'introductions.pair.to' })}</VisuallyHidden>{' '}
      {officeShort(candidate)}
    </>
  );
}
