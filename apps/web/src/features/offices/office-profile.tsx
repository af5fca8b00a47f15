import { Anchor, Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { FormattedDate, FormattedMessage, FormattedNumber, useIntl } from 'react-intl';

import type { OfficePageQuery } from '../../gql/graphql';
import { demoTextLanguage } from './demo-data';
import { Facts } from './facts';
import { displayName, kindLabel, regionLabel, timeZoneName } from './labels';
import classes from './office-page.module.css';

type Office = OfficePageQuery['office'];

function NotGiven() {
  return (
    <Text span c="gray.7" fs="italic" inherit>
      <FormattedMessage id="office.profile.notGiven" />
    </Text>
  );
}

const orNotGiven = (value: ReactNode) =>
  value === null || value === undefined || value === false || value === '' ? <NotGiven /> : value;

/** The office's profile: who it is, where, in which languages, with which systems and people. */
export function OfficeProfile({ office }: { office: Office }) {
  const intl = useIntl();
  const list = (values: readonly string[]) => (values.length ? intl.formatList(values) : null);
  const zone = office.timeZone ? timeZoneName(intl, office.timeZone) : null;
  const otherNames = office.names.translations.filter(
    (translation) => translation.text !== office.name,
  );

  return (
    <Stack gap="md">
      {office.description ? (
        <Text style={{ whiteSpace: 'pre-line' }} lang={demoTextLanguage(office.illustrative)}>
          {office.description}
        </Text>
      ) : (
        <Text c="gray.7" fs="italic">
          <FormattedMessage id="office.profile.noDescription" />
        </Text>
      )}
      <Facts
        facts={[
          {
            key: 'code',
            label: <FormattedMessage id="office.profile.code" />,
            value: office.code,
          },
          {
            key: 'acronym',
            label: <FormattedMessage id="office.profile.acronym" />,
            value: orNotGiven(office.acronym),
          },
          {
            key: 'kind',
            label: <FormattedMessage id="office.profile.kind" />,
            value: kindLabel(intl, office.kind),
          },
          {
            key: 'region',
            label: <FormattedMessage id="office.profile.region" />,
            value: regionLabel(intl, office.region),
          },
          {
            key: 'country',
            label: <FormattedMessage id="office.profile.country" />,
            value: orNotGiven(office.country && displayName(intl, 'region', office.country)),
          },
          {
            key: 'languages',
            label: <FormattedMessage id="office.profile.languages" />,
            value: orNotGiven(
              list(office.languages.map((code) => displayName(intl, 'language', code))),
            ),
          },
          {
            key: 'systems',
            label: <FormattedMessage id="office.profile.businessSystems" />,
            value: orNotGiven(list(office.businessSystems)),
          },
          {
            key: 'staff',
            label: <FormattedMessage id="office.profile.staffSize" />,
            value: orNotGiven(
              office.staffSize !== null && <FormattedNumber value={office.staffSize} />,
            ),
          },
          {
            key: 'ictStaff',
            label: <FormattedMessage id="office.profile.ictStaffSize" />,
            value: orNotGiven(
              office.ictStaffSize !== null && <FormattedNumber value={office.ictStaffSize} />,
            ),
          },
          {
            key: 'timeZone',
            label: <FormattedMessage id="office.profile.timeZone" />,
            value: orNotGiven(
              office.timeZone && (zone ? `${zone} (${office.timeZone})` : office.timeZone),
            ),
          },
          {
            key: 'website',
            label: <FormattedMessage id="office.profile.website" />,
            value: orNotGiven(
              office.website && (
                <Anchor href={office.website} rel="noopener noreferrer">
                  {office.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                </Anchor>
              ),
            ),
          },
          {
            key: 'links',
            label: <FormattedMessage id="office.profile.links" />,
            value: office.links.length ? (
              <ul className={classes['plainList']} style={{ gap: 'var(--mantine-spacing-xs)' }}>
                {office.links.map((link) => (
                  <li key={link.url}>
                    <Anchor href={link.url} rel="noopener noreferrer">
                      {link.label}
                    </Anchor>
                  </li>
                ))}
              </ul>
            ) : (
              <NotGiven />
            ),
          },
          {
            key: 'mentoring',
            label: <FormattedMessage id="office.profile.mentoringCapacity" />,
            value: (
              <FormattedMessage
                id="office.profile.mentoringCapacityValue"
                values={{ count: office.mentoringCapacity }}
              />
            ),
          },
          ...(otherNames.length
            ? [
                {
                  key: 'names',
                  label: <FormattedMessage id="office.profile.otherNames" />,
                  value: (
                    <>
                      {otherNames.map((translation, index) => (
                        <Fragment key={translation.language}>
                          {index > 0 && ' · '}
                          <span lang={translation.language}>{translation.text}</span>
                        </Fragment>
                      ))}
                    </>
                  ),
                },
              ]
            : []),
          {
            key: 'updated',
            label: <FormattedMessage id="office.profile.updatedAt" />,
            value: <FormattedDate value={office.updatedAt} dateStyle="long" />,
          },
        ]}
      />
    </Stack>
  );
}
