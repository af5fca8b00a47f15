import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';

import type { MaturityDimension } from '../../gql/graphql';
import { DemoBadge, DimensionLevels, MaturitySummary } from './badges';
import type { DirectoryMemberNode, DirectoryOfficeNode } from './directory.graphql';
import classes from './directory.module.css';
import { expertiseLevelLabel, kindLabel, languageName, positionLabel, regionLabel } from './labels';

/**
 * One office of the directory: who it is, where, its languages and its current maturity — with
 * the level of each dimension the list is filtered or ordered by (`focus`), which is what the
 * reader compares.
 */
export function OfficeCard({
  office,
  focus = [],
}: {
  office: DirectoryOfficeNode;
  focus?: readonly MaturityDimension[];
}) {
  const intl = useIntl();
  const demo = office.illustrative || Boolean(office.maturity?.illustrative);
  const languages = office.languages.map((code) => languageName(intl, code));
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      className={`${classes['card']} ${demo ? classes['cardDemo'] : ''}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} miw={0}>
          <Group gap="xs" wrap="wrap">
            <Title order={3} size="h4">
              <Anchor component={Link} to={`/offices/${encodeURIComponent(office.code)}`}>
                {office.name}
              </Anchor>
            </Title>
            {demo && <DemoBadge />}
          </Group>
          <Text size="sm" c="gray.7">
            {[
              office.code,
              office.acronym,
              // offices share names (five are “National Institute of Industrial Property”)
              office.country
                ? new Intl.DisplayNames([intl.locale], { type: 'region' }).of(office.country)
                : null,
              regionLabel(intl, office.region),
              kindLabel(intl, office.kind),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {languages.length > 0 && (
            <Text size="sm">
              <FormattedMessage
                id="directory.office.languages"
                values={{ languages: intl.formatList(languages, { type: 'conjunction' }) }}
              />
            </Text>
          )}
        </Stack>
        <Stack gap={6} align="flex-end">
          <MaturitySummary level={office.maturity?.overallLevel} group={office.maturity?.group} />
          {office.maturity && focus.length > 0 && (
            <DimensionLevels levels={office.maturity.levels} focus={focus} />
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/** One person: name, job, office (a link to its page, until people have their own). */
export function PersonCard({
  member,
  areaNames,
}: {
  member: DirectoryMemberNode;
  areaNames: ReadonlyMap<string, string>;
}) {
  const intl = useIntl();
  const expertise = [...member.expertise]
    .sort((a, b) => b.level - a.level)
    .map((entry) =>
      intl.formatMessage(
        { id: 'directory.person.expertiseEntry' },
        {
          area: areaNames.get(entry.area) ?? entry.area,
          level: expertiseLevelLabel(intl, entry.level),
        },
      ),
    );
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      className={`${classes['card']} ${member.illustrative ? classes['cardDemo'] : ''}`}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Title order={3} size="h4">
            {member.fullName}
          </Title>
          {member.illustrative && <DemoBadge />}
        </Group>
        <Text size="sm">
          {member.title
            ? intl.formatMessage(
                { id: 'directory.person.job' },
                { position: positionLabel(intl, member.position), title: member.title },
              )
            : positionLabel(intl, member.position)}
        </Text>
        <Text size="sm">
          <FormattedMessage
            id="directory.person.office"
            values={{
              office: (
                <Anchor component={Link} to={`/offices/${encodeURIComponent(member.office.code)}`}>
                  {member.office.name}
                </Anchor>
              ),
              code: member.office.code,
            }}
          />
        </Text>
        {expertise.length > 0 && (
          <Text size="sm" c="gray.7">
            <FormattedMessage
              id="directory.person.expertise"
              values={{ expertise: intl.formatList(expertise, { type: 'unit' }) }}
            />
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
