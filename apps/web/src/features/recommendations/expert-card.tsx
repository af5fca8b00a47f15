import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';

import { positionLabel } from '../../shared/labels';
import { DemoDataBadge } from '../offices/demo-data';
import { ReasonBars, ScoreBadge } from './reason-bars';
import type { ExpertNode } from './recommendations.graphql';
import classes from './recommendations.module.css';

/**
 * One expert: name (to their page), job and office, the score, the API's summary, a bar per
 * reason, and their contact details where the privacy rules let the caller see them.
 */
export function ExpertCard({
  node,
  focusRef,
}: {
  node: ExpertNode;
  /** The first card of a page just shown takes the focus. */
  focusRef?: Ref<HTMLLIElement>;
}) {
  const intl = useIntl();
  const { member } = node;
  const headingId = `expert-${member.id}`;
  // their own words for the job, else the position's name
  const job = member.title ?? positionLabel(intl, member.position);
  const office = [member.office.name, member.office.acronym ?? member.office.code].join(' · ');
  return (
    <Paper
      component="li"
      ref={focusRef}
      tabIndex={focusRef ? -1 : undefined}
      aria-labelledby={headingId}
      withBorder
      p="md"
      radius="md"
      className={`${classes['card']} ${member.illustrative ? classes['cardDemo'] : ''}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} miw={0}>
            <Title order={3} size="h4" id={headingId}>
              <Anchor component={Link} to={`/members/${encodeURIComponent(member.id)}`}>
                {member.fullName}
              </Anchor>
            </Title>
            <Text size="sm">{job}</Text>
            <Text size="sm" c="gray.7">
              <Anchor
                component={Link}
                to={`/offices/${encodeURIComponent(member.office.code)}`}
                inherit
                c="gray.8"
              >
                {office}
              </Anchor>
            </Text>
          </Stack>
          <ScoreBadge score={node.score} />
        </Group>
        {member.illustrative && (
          <Group gap="xs">
            <DemoDataBadge size="xs" />
          </Group>
        )}
        <Text size="sm">{node.summary}</Text>
        <ReasonBars reasons={node.reasons} />
        {(member.contactEmail || member.contactPhone) && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              <FormattedMessage id="experts.card.contact" />
            </Text>
            {member.contactEmail && (
              <Anchor
                href={`mailto:${member.contactEmail}`}
                size="sm"
                className={classes['contact']}
              >
                {member.contactEmail}
              </Anchor>
            )}
            {member.contactPhone && (
              <Anchor href={`tel:${member.contactPhone.replace(/\s+/g, '')}`} size="sm">
                {member.contactPhone}
              </Anchor>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
