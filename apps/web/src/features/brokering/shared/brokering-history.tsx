import { Text, Timeline } from '@mantine/core';
import type { IntlShape } from 'react-intl';
import { FormattedMessage, useIntl } from 'react-intl';

import type { BrokeringActor, BrokeringEventFieldsFragment } from '../../../gql/graphql';

/** Who made a move, as a phrase: "the requesting office", "the International Bureau" … */
export const actorLabel = (intl: IntlShape, actor: BrokeringActor) =>
  intl.formatMessage({ id: `brokering.actor.${actor}` });

/**
 * The moves of a request or an introduction, oldest first (as the API gives them): what
 * happened, by which side (people are not named), when, and why when a reason was given.
 */
export function BrokeringHistory({
  events,
  labelledBy,
}: {
  events: readonly BrokeringEventFieldsFragment[];
  /** The id of the heading the list is named by. */
  labelledBy?: string;
}) {
  const intl = useIntl();
  if (events.length === 0)
    return (
      <Text c="gray.7">
        <FormattedMessage id="brokering.history.empty" />
      </Text>
    );
  return (
    <Timeline
      role="list"
      aria-labelledby={labelledBy}
      active={events.length - 1}
      bulletSize={14}
      lineWidth={2}
      color="blue"
    >
      {events.map((event, index) => (
        <Timeline.Item
          key={`${event.at}-${event.action}-${index}`}
          role="listitem"
          title={intl.formatMessage({ id: `brokering.action.${event.action}` })}
        >
          <Text size="sm" c="gray.7">
            <FormattedMessage
              id="brokering.history.byOn"
              values={{
                actor: event.actor,
                date: (
                  <time dateTime={event.at}>
                    {intl.formatDate(event.at, { dateStyle: 'long', timeStyle: 'short' })}
                  </time>
                ),
              }}
            />
          </Text>
          {event.reason && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
              <FormattedMessage id="brokering.history.reason" values={{ reason: event.reason }} />
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
