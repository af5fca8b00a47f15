import { Anchor, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Ref } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

import { DemoDataBadge } from '../offices/demo-data';
import { ReasonBars, ScoreBadge } from './reason-bars';
import type { RecommendationNode } from './recommendations.graphql';
import classes from './recommendations.module.css';

/**
 * One candidate office: its rank, name (to its page), code and acronym, the score, the API's
 * summary and one bar per reason; for the seeker office's members, the way to ask the
 * International Bureau for an introduction to it.
 */
export function RecommendationCard({
  node,
  rank,
  focusRef,
  askHref,
}: {
  node: RecommendationNode;
  rank: number;
  /** The first card of a page just shown takes the focus. */
  focusRef?: Ref<HTMLLIElement>;
  /** The request form for this candidate; absent for those who may not ask (brokers, admins). */
  askHref?: string;
}) {
  const { office } = node;
  const headingId = `recommendation-${office.code}`;
  return (
    <Paper
      component="li"
      ref={focusRef}
      tabIndex={focusRef ? -1 : undefined}
      aria-labelledby={headingId}
      withBorder
      p="md"
      radius="md"
      className={`${classes['card']} ${office.illustrative ? classes['cardDemo'] : ''}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Group gap="sm" align="flex-start" wrap="nowrap" miw={0}>
            <span className={classes['rank']}>
              <VisuallyHidden>
                <FormattedMessage id="recommendations.card.rank" values={{ rank }} />
              </VisuallyHidden>
              <span aria-hidden="true">{rank}</span>
            </span>
            <Stack gap={2} miw={0}>
              <Title order={3} size="h4" id={headingId}>
                <Anchor component={Link} to={`/offices/${encodeURIComponent(office.code)}`}>
                  {office.name}
                </Anchor>
              </Title>
              <Group gap="xs">
                <Text size="sm" c="gray.7">
                  {[office.code, office.acronym].filter(Boolean).join(' · ')}
                </Text>
                {office.illustrative && <DemoDataBadge size="xs" />}
              </Group>
            </Stack>
          </Group>
          <ScoreBadge score={node.score} />
        </Group>
        <Text>{node.summary}</Text>
        <ReasonBars reasons={node.reasons} />
        {askHref && (
          <Group>
            {/* the office's heading tells the cards' buttons apart */}
            <Button component={Link} to={askHref} variant="light" aria-describedby={headingId}>
              <FormattedMessage id="requests.askButton" />
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
