import { Anchor, Badge, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';

import type { OfficePageQuery } from '../../gql/graphql';
import { DemoDataBadge } from './demo-data';
import { positionLabel } from './labels';
import classes from './office-page.module.css';
import { EmptyState } from './section';

type Members = OfficePageQuery['office']['members'];

/** The office's people the caller may see, each linked to their page. */
export function MembersList({
  members,
  officeIllustrative,
}: {
  members: Members;
  officeIllustrative: boolean;
}) {
  const intl = useIntl();
  if (members.edges.length === 0)
    return (
      <EmptyState>
        <FormattedMessage id="office.members.empty" />
      </EmptyState>
    );
  return (
    <>
      <ul className={classes['plainList']}>
        {members.edges.map(({ node: member }) => (
          <li key={member.id} className={classes['item']}>
            <Group gap="xs">
              <Anchor component={Link} to={`/members/${encodeURIComponent(member.id)}`} fw={600}>
                {member.fullName}
              </Anchor>
              <Text c="gray.7">{positionLabel(intl, member.position)}</Text>
              {!member.joined && (
                <Badge variant="outline" color="gray.8" size="sm" radius="sm">
                  <FormattedMessage id="office.members.notJoined" />
                </Badge>
              )}
              {member.hidden && (
                <Badge variant="outline" color="gray.8" size="sm" radius="sm">
                  <FormattedMessage id="office.members.hidden" />
                </Badge>
              )}
              {member.illustrative && !officeIllustrative && <DemoDataBadge size="xs" />}
            </Group>
            {member.title && <Text size="sm">{member.title}</Text>}
          </li>
        ))}
      </ul>
      {members.totalCount > members.edges.length && (
        <Text size="sm" c="gray.7">
          <FormattedMessage
            id="office.members.truncated"
            values={{ shown: members.edges.length, total: members.totalCount }}
          />
        </Text>
      )}
    </>
  );
}
