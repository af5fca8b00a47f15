import { Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import type { IntroductionSide } from '../../../gql/graphql';
import type { IntroductionDetail } from './introductions.graphql';
import classes from './introductions.module.css';

type Response = IntroductionDetail['requesterResponse'];

/**
 * Each side's answer, as recorded separately: "Requesting office (SN): accepted on …",
 * "Proposed office (FR): waiting" (or "no answer" once the introduction has ended).
 */
export function IntroductionAnswers({
  introduction,
  labelledBy,
}: {
  introduction: IntroductionDetail;
  labelledBy: string;
}) {
  const mySide = introduction.viewerPermissions.side;
  return (
    <ul className={classes['answers']} aria-labelledby={labelledBy}>
      <Answer
        side="REQUESTER"
        code={introduction.requesterOffice.code}
        response={introduction.requesterResponse}
        pending={introduction.state === 'PROPOSED'}
        mine={mySide === 'REQUESTER'}
      />
      <Answer
        side="CANDIDATE"
        code={introduction.candidateOffice.code}
        response={introduction.candidateResponse}
        pending={introduction.state === 'PROPOSED'}
        mine={mySide === 'CANDIDATE'}
      />
    </ul>
  );
}

function Answer({
  side,
  code,
  response,
  pending,
  mine,
}: {
  side: IntroductionSide;
  code: string;
  response: Response;
  pending: boolean;
  mine: boolean;
}) {
  const intl = useIntl();
  const date = (value: string) => (
    <time dateTime={value}>
      {intl.formatDate(value, { dateStyle: 'long', timeStyle: 'short' })}
    </time>
  );
  const status = response ? (
    <FormattedMessage
      id={response.accepted ? 'introductions.answer.accepted' : 'introductions.answer.declined'}
      values={{ date: date(response.at) }}
    />
  ) : (
    <FormattedMessage id={pending ? 'introductions.answer.waiting' : 'introductions.answer.none'} />
  );
  return (
    <li>
      <Text>
        <Text span fw={700}>
          <FormattedMessage id="introductions.answer.side" values={{ side, code }} />
        </Text>{' '}
        {status}
        {mine && (
          <Text span c="gray.7" size="sm">
            {' · '}
            <FormattedMessage id="introductions.answer.yourSide" />
          </Text>
        )}
      </Text>
      {response?.reason && (
        <Text size="sm" c="gray.8" className={classes['message']}>
          <FormattedMessage id="introductions.answer.reason" values={{ reason: response.reason }} />
        </Text>
      )}
    </li>
  );
}
