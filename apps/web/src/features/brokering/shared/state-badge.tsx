import { Badge, type MantineColor } from '@mantine/core';
import type { IntlShape } from 'react-intl';
import { useIntl } from 'react-intl';

import type { IntroductionState, MatchRequestState } from '../../../gql/graphql';

const REQUEST_COLORS: Readonly<Record<MatchRequestState, MantineColor>> = {
  OPEN: 'blue',
  INTRODUCED: 'violet',
  FULFILLED: 'green',
  CANCELLED: 'gray',
};

const INTRODUCTION_COLORS: Readonly<Record<IntroductionState, MantineColor>> = {
  PROPOSED: 'blue',
  ACTIVE: 'green',
  CLOSED: 'teal',
  DECLINED: 'red',
  EXPIRED: 'orange',
  CANCELLED: 'gray',
};

/**
 * A dot badge: the state's colour in its dot, the text in the page's own colour, since coloured
 * text on a pale background of its colour (Mantine's light badges) stays under axe's 4.5:1 for
 * green and orange even in shade 9.
 */
function StateBadge({
  color,
  size,
  label,
}: {
  color: MantineColor;
  size: BadgeSize;
  label: string;
}) {
  return (
    <Badge component="span" variant="dot" color={color} size={size} radius="sm">
      {label}
    </Badge>
  );
}

type BadgeSize = 'sm' | 'md' | 'lg';

export const requestStateLabel = (intl: IntlShape, state: MatchRequestState) =>
  intl.formatMessage({ id: `brokering.requestState.${state}` });

export const introductionStateLabel = (intl: IntlShape, state: IntroductionState) =>
  intl.formatMessage({ id: `brokering.introductionState.${state}` });

/** A match request's state, named in the interface's language. */
export function RequestStateBadge({
  state,
  size = 'md',
}: {
  state: MatchRequestState;
  size?: BadgeSize;
}) {
  const intl = useIntl();
  return (
    <StateBadge color={REQUEST_COLORS[state]} size={size} label={requestStateLabel(intl, state)} />
  );
}

/** An introduction's state, named in the interface's language. */
export function IntroductionStateBadge({
  state,
  size = 'md',
}: {
  state: IntroductionState;
  size?: BadgeSize;
}) {
  const intl = useIntl();
  return (
    <StateBadge
      color={INTRODUCTION_COLORS[state]}
      size={size}
      label={introductionStateLabel(intl, state)}
    />
  );
}
