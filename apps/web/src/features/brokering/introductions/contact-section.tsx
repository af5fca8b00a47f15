import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

import type { IntroductionDetail } from './introductions.graphql';
import classes from './introductions.module.css';

type Counterpart = NonNullable<IntroductionDetail['counterpart']>;

/** A phone number as a `tel:` link takes: its digits, and a leading `+`. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^\d]/g, '')}`;
}

/**
 * The other side's contact, once both sides accepted, for the person who accepted for one side
 * (the API answers `counterpart` to them only, while ACTIVE). Everyone else reads why there is
 * none, and whom to ask.
 */
export function ContactSection({
  introduction,
  viewerOffice,
}: {
  introduction: IntroductionDetail;
  /** The caller's office's ST.3 code. */
  viewerOffice: string;
}) {
  const { counterpart, state } = introduction;
  if (counterpart && state === 'ACTIVE') return <ContactCard counterpart={counterpart} />;

  const mine =
    viewerOffice === introduction.requesterOffice.code
      ? introduction.requesterOffice
      : viewerOffice === introduction.candidateOffice.code
        ? introduction.candidateOffice
        : null;
  let text;
  if (state === 'PROPOSED') text = <FormattedMessage id="introductions.contact.beforeActive" />;
  else if (state === 'ACTIVE')
    text = mine ? (
      <FormattedMessage
        id={
          mine.code === introduction.requesterOffice.code
            ? 'introductions.contact.askRequester'
            : 'introductions.contact.askCandidate'
        }
        values={{ code: mine.code }}
      />
    ) : (
      <FormattedMessage id="introductions.contact.bureau" />
    );
  else if (state === 'CLOSED') text = <FormattedMessage id="introductions.contact.closed" />;
  else text = <FormattedMessage id="introductions.contact.never" />;

  return (
    <section aria-labelledby="introduction-contact">
      <Stack gap="xs">
        <Title order={2} size="h3" id="introduction-contact">
          <FormattedMessage id="introductions.contact.title" />
        </Title>
        <Text c="gray.7">{text}</Text>
      </Stack>
    </section>
  );
}

function ContactCard({ counterpart }: { counterpart: Counterpart }) {
  return (
    <Paper
      component="section"
      aria-labelledby="introduction-contact"
      withBorder
      p="md"
      radius="md"
      className={classes['contact']}
    >
      <Stack gap="xs">
        <Title order={2} size="h3" id="introduction-contact">
          <FormattedMessage id="introductions.contact.yours" />
        </Title>
        <div>
          <Text fw={700} size="lg">
            {counterpart.fullName}
          </Text>
          {counterpart.title && <Text>{counterpart.title}</Text>}
          <Text c="gray.7">
            {counterpart.office.name} ({counterpart.office.code})
          </Text>
        </div>
        <dl className={classes['answers']}>
          <div>
            <Text component="dt" size="sm" fw={700}>
              <FormattedMessage id="introductions.contact.email" />
            </Text>
            <Text component="dd" m={0} className={classes['breakable']}>
              {counterpart.contactEmail ? (
                <Anchor href={`mailto:${counterpart.contactEmail}`}>
                  {counterpart.contactEmail}
                </Anchor>
              ) : (
                <FormattedMessage id="introductions.contact.notGiven" />
              )}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" fw={700}>
              <FormattedMessage id="introductions.contact.phone" />
            </Text>
            <Text component="dd" m={0}>
              {counterpart.contactPhone ? (
                <Anchor href={telHref(counterpart.contactPhone)}>{counterpart.contactPhone}</Anchor>
              ) : (
                <FormattedMessage id="introductions.contact.notGiven" />
              )}
            </Text>
          </div>
        </dl>
        <Text size="sm" c="gray.7">
          <FormattedMessage id="introductions.contact.why" />
        </Text>
      </Stack>
    </Paper>
  );
}
