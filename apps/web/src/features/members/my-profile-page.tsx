import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Radio,
  Skeleton,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import type {
  ContactVisibility,
  MyProfileQuery as MyProfileData,
  MyProfileFieldsFragment,
  Position,
  UpdateMyProfileInput,
} from '../../gql/graphql';
import { describeError, type DescribedError } from '../../shared/errors';
import { apiLanguage } from '../../shared/page';
import { DemoDataBadge } from '../offices/demo-data';
import { positionLabel } from '../offices/labels';
import { areaName, contactVisibilityLabel, expertiseLevelLabel } from './labels';
import classes from './members.module.css';
import { MyProfileQuery, UpdateMyProfile } from './my-profile.graphql';

const POSITIONS: readonly Position[] = [
  'CIO',
  'CTO',
  'HEAD_OF_IT',
  'CISO',
  'DATA_OFFICER',
  'ARCHITECT',
  'OTHER',
];
const VISIBILITIES: readonly ContactVisibility[] = ['NETWORK', 'RESTRICTED'];
const LEVELS = [1, 2, 3] as const;

/** What the form holds: as typed, kept through a refusal. */
interface Draft {
  readonly title: string;
  readonly position: Position;
  readonly bio: string;
  readonly expertise: readonly { readonly area: string; readonly level: number }[];
  readonly languages: readonly string[];
  readonly availableToMentor: boolean;
  readonly seeksMentoring: boolean;
  readonly contactEmail: string;
  readonly contactPhone: string;
  readonly contactVisibility: ContactVisibility;
  readonly hidden: boolean;
}

function draftOf(member: MyProfileFieldsFragment): Draft {
  return {
    title: member.title ?? '',
    position: member.position,
    bio: member.bio ?? '',
    expertise: member.expertise.map(({ area, level }) => ({ area, level })),
    languages: member.languages,
    availableToMentor: member.availableToMentor,
    seeksMentoring: member.seeksMentoring,
    contactEmail: member.contactEmail ?? '',
    contactPhone: member.contactPhone ?? '',
    contactVisibility: member.contactVisibility,
    hidden: member.hidden,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The whole profile, every time: the API replaces the expertise and languages lists. */
export function inputOf(draft: Draft): UpdateMyProfileInput {
  return {
    title: orNull(draft.title),
    position: draft.position,
    bio: orNull(draft.bio),
    expertise: draft.expertise.map(({ area, level }) => ({ area, level })),
    languages: [...draft.languages],
    availableToMentor: draft.availableToMentor,
    seeksMentoring: draft.seeksMentoring,
    contactEmail: orNull(draft.contactEmail),
    contactPhone: orNull(draft.contactPhone),
    contactVisibility: draft.contactVisibility,
    hidden: draft.hidden,
  };
}

/** `/me/profile`: the caller edits their own profile, contact details and privacy choices. */
export function MyProfilePage() {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(MyProfileQuery, {
    variables: { language: apiLanguage(intl.locale) },
  });

  useEffect(() => {
    const before = document.title;
    document.title = intl.formatMessage({ id: 'myProfile.documentTitle' });
    return () => {
      document.title = before;
    };
  }, [intl]);

  let body;
  if (data) {
    body = data.me.member ? (
      <ProfileForm
        // a fresh form for another member only: a save's answer never resets what is typed
        key={data.me.member.id}
        member={data.me.member}
        areas={data.expertiseAreas}
        languages={data.languages}
      />
    ) : (
      <Text>
        <FormattedMessage id="myProfile.noProfile" />
      </Text>
    );
  } else if (error) {
    body = (
      <Stack gap="md" align="flex-start">
        <Alert color="red" role="alert" w="100%">
          {describeError(intl, error).message}
        </Alert>
        <Button variant="light" onClick={() => void refetch().catch(() => undefined)}>
          <FormattedMessage id="myProfile.retry" />
        </Button>
      </Stack>
    );
  } else
    body = (
      <Stack gap="md" aria-busy="true">
        <VisuallyHidden role="status">
          <FormattedMessage id="myProfile.loading" />
        </VisuallyHidden>
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} h={40} />
        ))}
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Title order={1}>
        <FormattedMessage id="myProfile.title" />
      </Title>
      {body}
    </Stack>
  );
}

function ProfileForm({
  member,
  areas,
  languages,
}: {
  member: MyProfileFieldsFragment;
  areas: MyProfileData['expertiseAreas'];
  languages: MyProfileData['languages'];
}) {
  const intl = useIntl();
  const message = (id: string, values?: Record<string, string>) =>
    intl.formatMessage({ id }, values);
  const [draft, setDraft] = useState<Draft>(() => draftOf(member));
  const [error, setError] = useState<DescribedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateMyProfile);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const change = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const fieldError = (key: string) => error?.fields[key];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await save({ variables: { input: inputOf(draft) } });
      setSaved(true);
    } catch (caught) {
      setError(describeError(intl, caught));
    }
  }

  const areaOptions = areas.map((area) => ({ value: area.code, label: area.name }));
  const languageOptions = languages.map((language) => ({
    value: language.code,
    label: language.name,
  }));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="lg">
        {member.illustrative && (
          <Group gap="xs">
            <DemoDataBadge />
          </Group>
        )}
        {error && (
          <Alert
            ref={alertRef}
            tabIndex={-1}
            color="red"
            role="alert"
            title={message('myProfile.saveFailed')}
          >
            {error.message}
          </Alert>
        )}

        <Paper component="fieldset" withBorder p="md" radius="md" className={classes['fieldset']}>
          <legend className={classes['legend']}>
            <FormattedMessage id="myProfile.section.job" />
          </legend>
          <Stack gap="md">
            <Text fw={600}>{member.fullName}</Text>
            <TextInput
              label={message('myProfile.jobTitle')}
              value={draft.title}
              onChange={(event) => change({ title: event.currentTarget.value })}
              error={fieldError('title')}
              maxLength={200}
            />
            <NativeSelect
              label={message('myProfile.position')}
              value={draft.position}
              onChange={(event) => change({ position: event.currentTarget.value as Position })}
              data={POSITIONS.map((position) => ({
                value: position,
                label: positionLabel(intl, position),
              }))}
              error={fieldError('position')}
            />
            <Textarea
              label={message('myProfile.bio')}
              value={draft.bio}
              onChange={(event) => change({ bio: event.currentTarget.value })}
              error={fieldError('bio')}
              rows={4}
              maxLength={2000}
            />
          </Stack>
        </Paper>

        <Paper component="fieldset" withBorder p="md" radius="md" className={classes['fieldset']}>
          <legend className={classes['legend']}>
            <FormattedMessage id="myProfile.section.expertise" />
          </legend>
          <Stack gap="md">
            <MultiSelect
              name="expertise"
              label={message('myProfile.expertiseAreas')}
              description={message('myProfile.expertiseHint')}
              data={areaOptions}
              value={draft.expertise.map((entry) => entry.area)}
              onChange={(codes) =>
                change({
                  expertise: codes.map(
                    (area) =>
                      draft.expertise.find((entry) => entry.area === area) ?? { area, level: 1 },
                  ),
                })
              }
              searchable
              maxValues={20}
              error={fieldError('expertise')}
            />
            {draft.expertise.length > 0 && (
              <div className={classes['levels']}>
                {draft.expertise.map((entry, index) => (
                  <NativeSelect
                    key={entry.area}
                    label={message('myProfile.expertiseLevel', {
                      area: areaName(areas, entry.area),
                    })}
                    value={String(entry.level)}
                    onChange={(event) => {
                      const level = Number(event.currentTarget.value);
                      change({
                        expertise: draft.expertise.map((item, at) =>
                          at === index ? { ...item, level } : item,
                        ),
                      });
                    }}
                    data={LEVELS.map((level) => ({
                      value: String(level),
                      label: expertiseLevelLabel(intl, level),
                    }))}
                    error={
                      fieldError(`expertise.${index}.level`) ?? fieldError(`expertise.${index}`)
                    }
                  />
                ))}
              </div>
            )}
            <MultiSelect
              name="languages"
              label={message('myProfile.languages')}
              data={languageOptions}
              value={[...draft.languages]}
              onChange={(codes) => change({ languages: codes })}
              searchable
              maxValues={20}
              error={fieldError('languages')}
            />
          </Stack>
        </Paper>

        <Paper component="fieldset" withBorder p="md" radius="md" className={classes['fieldset']}>
          <legend className={classes['legend']}>
            <FormattedMessage id="myProfile.section.mentoring" />
          </legend>
          <Stack gap="md">
            <Switch
              label={message('myProfile.availableToMentor')}
              checked={draft.availableToMentor}
              onChange={(event) => change({ availableToMentor: event.currentTarget.checked })}
              error={fieldError('availableToMentor')}
            />
            <Switch
              label={message('myProfile.seeksMentoring')}
              checked={draft.seeksMentoring}
              onChange={(event) => change({ seeksMentoring: event.currentTarget.checked })}
              error={fieldError('seeksMentoring')}
            />
          </Stack>
        </Paper>

        <Paper component="fieldset" withBorder p="md" radius="md" className={classes['fieldset']}>
          <legend className={classes['legend']}>
            <FormattedMessage id="myProfile.section.contact" />
          </legend>
          <Stack gap="md">
            <TextInput
              label={message('myProfile.contactEmail')}
              type="email"
              autoComplete="email"
              value={draft.contactEmail}
              onChange={(event) => change({ contactEmail: event.currentTarget.value })}
              error={fieldError('contactEmail')}
            />
            <TextInput
              label={message('myProfile.contactPhone')}
              type="tel"
              autoComplete="tel"
              value={draft.contactPhone}
              onChange={(event) => change({ contactPhone: event.currentTarget.value })}
              error={fieldError('contactPhone')}
            />
            <Radio.Group
              label={message('myProfile.contactVisibility')}
              value={draft.contactVisibility}
              onChange={(value) => change({ contactVisibility: value as ContactVisibility })}
              error={fieldError('contactVisibility')}
            >
              <Stack gap="xs" mt="xs">
                {VISIBILITIES.map((visibility) => (
                  <Radio
                    key={visibility}
                    value={visibility}
                    label={contactVisibilityLabel(intl, visibility)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Switch
              label={message('myProfile.hidden')}
              description={message('myProfile.hiddenHint')}
              checked={draft.hidden}
              onChange={(event) => change({ hidden: event.currentTarget.checked })}
              error={fieldError('hidden')}
            />
          </Stack>
        </Paper>

        {saved && (
          <Alert color="green" role="status">
            <FormattedMessage id="myProfile.saved" />
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            <FormattedMessage id="myProfile.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
