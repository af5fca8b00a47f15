import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { FormattedList, FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';

import type { MemberPageQuery as MemberPageData } from '../../gql/graphql';
import { describeError } from '../../shared/errors';
import { apiLanguage } from '../../shared/page';
import { DemoDataBadge, DemoDataNotice, demoTextLanguage } from '../offices/demo-data';
import { Facts } from '../offices/facts';
import { displayName, positionLabel } from '../offices/labels';
import { Section } from '../offices/section';
import { areaName, contactVisibilityLabel, expertiseLevelLabel } from './labels';
import { MemberPageQuery } from './member-page.graphql';
import classes from './members.module.css';

type Member = NonNullable<MemberPageData['member']>;
type Areas = MemberPageData['expertiseAreas'];

/** `/members/:id`: a member's profile, expertise, languages, availability and contact details. */
export function MemberPage() {
  const intl = useIntl();
  const id = useParams()['id'] ?? '';
  // contact details the privacy rules withhold come back as FORBIDDEN on their own fields: the
  // rest of the member still shows, and those fields read "not shared"
  const { data, error, refetch } = useQuery(MemberPageQuery, {
    variables: { id, language: apiLanguage(intl.locale) },
    errorPolicy: 'all',
  });

  if (data?.member) return <MemberView member={data.member} areas={data.expertiseAreas} />;
  if (error) {
    const described = describeError(intl, error);
    // no such member, one hidden from the caller, or an id that is no id at all
    const notFound =
      described.code === 'NOT_FOUND' ||
      (described.code === 'BAD_USER_INPUT' && 'id' in described.fields);
    if (notFound) return <MemberNotFound />;
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>
          <FormattedMessage id="member.error.title" />
        </Title>
        <Alert color="red" role="alert" w="100%">
          {described.message}
        </Alert>
        <Button variant="light" onClick={() => void refetch().catch(() => undefined)}>
          <FormattedMessage id="member.error.retry" />
        </Button>
      </Stack>
    );
  }
  return <MemberPageSkeleton />;
}

function MemberNotFound() {
  return (
    <Stack gap="sm" align="flex-start">
      <Title order={1}>
        <FormattedMessage id="member.notFound.title" />
      </Title>
      <Text>
        <FormattedMessage id="member.notFound.text" />
      </Text>
      <Button component={Link} to="/directory" variant="light">
        <FormattedMessage id="member.notFound.toDirectory" />
      </Button>
    </Stack>
  );
}

function MemberPageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="member.loading" />
      </VisuallyHidden>
      <Skeleton h={36} w="40%" />
      <Group gap="xs">
        <Skeleton h={22} w={80} />
        <Skeleton h={22} w={160} />
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Skeleton h={24} w="30%" />
          <Skeleton h={14} />
          <Skeleton h={14} w="80%" />
        </Stack>
      </Paper>
    </Stack>
  );
}

function NotShared() {
  return (
    <Text span c="gray.7" fs="italic">
      <FormattedMessage id="member.notShared" />
    </Text>
  );
}

function Shown({ value, children }: { value: string | null; children?: ReactNode }) {
  if (value === null || value === '') return <NotShared />;
  return <>{children ?? value}</>;
}

function yesNo(value: boolean) {
  return <FormattedMessage id={value ? 'member.yes' : 'member.no'} />;
}

function MemberView({ member, areas }: { member: Member; areas: Areas }) {
  const intl = useIntl();

  useEffect(() => {
    const before = document.title;
    document.title = intl.formatMessage({ id: 'member.documentTitle' }, { name: member.fullName });
    return () => {
      document.title = before;
    };
  }, [intl, member.fullName]);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{member.fullName}</Title>
        {member.title && <Text size="lg">{member.title}</Text>}
        <Group gap="xs">
          <Badge color="blue.8" radius="sm">
            {positionLabel(intl, member.position)}
          </Badge>
          {!member.joined && (
            <Badge variant="outline" color="gray.8" radius="sm">
              <FormattedMessage id="member.notJoined" />
            </Badge>
          )}
          {member.hidden && (
            <Badge variant="outline" color="gray.8" radius="sm">
              <FormattedMessage id="member.hiddenBadge" />
            </Badge>
          )}
          {member.illustrative && <DemoDataBadge />}
        </Group>
        <Text>
          <FormattedMessage
            id="member.ofOffice"
            values={{
              office: (
                <Anchor component={Link} to={`/offices/${member.office.code}`}>
                  {member.office.name}
                </Anchor>
              ),
            }}
          />
        </Text>
      </Stack>

      {member.illustrative && <DemoDataNotice />}

      <Section id="profile" title={<FormattedMessage id="member.section.profile" />}>
        {member.bio ? (
          <Text className={classes['bio']} lang={demoTextLanguage(member.illustrative)}>
            {member.bio}
          </Text>
        ) : (
          <Text c="gray.7" fs="italic">
            <FormattedMessage id="member.bio.none" />
          </Text>
        )}
        <Facts
          facts={[
            {
              key: 'languages',
              label: <FormattedMessage id="member.languages" />,
              value:
                member.languages.length > 0 ? (
                  <FormattedList
                    type="conjunction"
                    value={member.languages.map((code) => displayName(intl, 'language', code))}
                  />
                ) : (
                  <NotShared />
                ),
            },
            {
              key: 'timeZone',
              label: <FormattedMessage id="member.timeZone" />,
              value: <Shown value={member.timeZone} />,
            },
            {
              key: 'mentor',
              label: <FormattedMessage id="member.availableToMentor" />,
              value: yesNo(member.availableToMentor),
            },
            {
              key: 'mentee',
              label: <FormattedMessage id="member.seeksMentoring" />,
              value: yesNo(member.seeksMentoring),
            },
          ]}
        />
      </Section>

      <Section id="expertise" title={<FormattedMessage id="member.section.expertise" />}>
        {member.expertise.length === 0 ? (
          <Text c="gray.7" fs="italic">
            <FormattedMessage id="member.expertise.none" />
          </Text>
        ) : (
          <ul className={classes['plainList']}>
            {member.expertise.map((entry) => (
              <li key={entry.area} className={classes['expertise']}>
                <Text span fw={600}>
                  {areaName(areas, entry.area)}
                </Text>
                <Badge variant="light" color="blue.8" radius="sm">
                  {expertiseLevelLabel(intl, entry.level)}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="contact" title={<FormattedMessage id="member.section.contact" />}>
        <Facts
          facts={[
            {
              key: 'email',
              label: <FormattedMessage id="member.contactEmail" />,
              value: (
                <Shown value={member.contactEmail}>
                  <Anchor href={`mailto:${member.contactEmail ?? ''}`}>
                    {member.contactEmail}
                  </Anchor>
                </Shown>
              ),
            },
            {
              key: 'phone',
              label: <FormattedMessage id="member.contactPhone" />,
              value: (
                <Shown value={member.contactPhone}>
                  <Anchor href={`tel:${(member.contactPhone ?? '').replace(/[^+0-9]/g, '')}`}>
                    {member.contactPhone}
                  </Anchor>
                </Shown>
              ),
            },
            {
              key: 'visibility',
              label: <FormattedMessage id="member.contactVisibility" />,
              value: contactVisibilityLabel(intl, member.contactVisibility),
            },
          ]}
        />
      </Section>
    </Stack>
  );
}
