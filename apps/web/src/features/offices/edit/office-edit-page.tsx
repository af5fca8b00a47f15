import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link, useBeforeUnload, useBlocker, useParams } from 'react-router';

import { useSession } from '../../../app/session/use-session';
import type {
  OfficeEditQuery as OfficeEditData,
  OfficeEditFieldsFragment,
} from '../../../gql/graphql';
import { codeMessage, describeError, type DescribedError } from '../../../shared/errors';
import { apiLanguage, useDocumentTitle } from '../../../shared/page';
import { DemoDataBadge, DemoDataNotice } from '../demo-data';
import { timeZoneName } from '../labels';
import { isOfficeMissing, OfficeNotFound } from '../office-not-found';
import { canEditOffice } from '../office-permissions';
import {
  changesOf,
  draftOf,
  formFields,
  localProblems,
  MAX_LINKS,
  MAX_TRANSLATIONS,
  MENTORING_MAX,
  rowKey,
  type Draft,
  type NumberValue,
  type TranslationRow,
} from './office-edit-form';
import { OfficeEditQuery, UpdateOfficeProfile } from './office-edit-page.graphql';
import classes from './office-edit-page.module.css';

type Languages = OfficeEditData['languages'];
type Message = (id: string, values?: Record<string, string | number>) => string;

/** The element id of a field of the form, by its key (`links.row3.url`). */
const idOf = (key: string) => `office-edit-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * `/offices/:code/edit`: an office's admins (and brokers, and admins) keep its profile — names and
 * acronyms by language, description, links, languages, systems, sizes, capacity, time zone.
 */
export function OfficeEditPage() {
  const intl = useIntl();
  const code = (useParams()['code'] ?? '').toUpperCase();
  const state = useSession();
  const account = state.status === 'signedIn' ? state.account : null;
  const language = apiLanguage(intl.locale);
  const { data, previousData, error, refetch } = useQuery(OfficeEditQuery, {
    variables: { code, language },
  });
  // after a switch of language, the form stays as it is until the new texts arrive
  const shown = data ?? (previousData?.office.code === code ? previousData : undefined);
  const name = shown?.office.name;
  useDocumentTitle(
    name
      ? intl.formatMessage({ id: 'officeEdit.documentTitle' }, { name })
      : intl.formatMessage({ id: 'officeEdit.documentTitleLoading' }),
  );

  if (shown?.office) {
    const office = shown.office;
    return (
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1}>
            <FormattedMessage id="officeEdit.title" values={{ name: office.name }} />
          </Title>
          {office.illustrative && (
            <Group gap="xs">
              <DemoDataBadge />
            </Group>
          )}
        </Stack>
        {canEditOffice(account, office.code) ? (
          <Stack gap="lg" className={classes['page']}>
            <Text c="gray.7">
              <FormattedMessage id="officeEdit.intro" />
            </Text>
            {office.illustrative && <DemoDataNotice />}
            <OfficeEditForm
              // a fresh form for another office only: a save's answer never resets what is typed
              key={office.code}
              office={office}
              languages={shown.languages}
              language={language}
            />
          </Stack>
        ) : (
          <Refusal office={office} />
        )}
      </Stack>
    );
  }
  if (error) {
    const described = describeError(intl, error);
    if (isOfficeMissing(described)) return <OfficeNotFound code={code} />;
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>
          <FormattedMessage id="officeEdit.error.title" />
        </Title>
        <Alert color="red" role="alert" w="100%">
          {described.message}
        </Alert>
        <Button variant="light" onClick={() => void refetch().catch(() => undefined)}>
          <FormattedMessage id="officeEdit.retry" />
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="officeEdit.loading" />
      </VisuallyHidden>
      <Skeleton h={36} w="60%" />
      {Array.from({ length: 3 }, (_, index) => (
        <Paper key={index} withBorder p="md" radius="md">
          <Stack gap="sm">
            <Skeleton h={24} w="30%" />
            <Skeleton h={36} />
            <Skeleton h={36} w="80%" />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** Someone who may not edit this office: why, and the way back. Never the form. */
function Refusal({ office }: { office: OfficeEditFieldsFragment }) {
  return (
    <Stack gap="md" align="flex-start">
      <Alert
        color="orange"
        variant="light"
        role="alert"
        w="100%"
        title={<FormattedMessage id="officeEdit.refused.title" />}
      >
        <FormattedMessage id="officeEdit.refused.text" values={{ name: office.name }} />
      </Alert>
      <Button component={Link} to={`/offices/${office.code}`} variant="light">
        <FormattedMessage id="officeEdit.toOffice" />
      </Button>
    </Stack>
  );
}

/** Languages by their name in the interface's language, for the selects. */
function languageOptions(intl: IntlShape, languages: Languages) {
  const collator = new Intl.Collator(intl.locale);
  return languages
    .map((language) => ({ value: language.code, label: language.name }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Every IANA time zone the browser knows (and the office's own, should it not), with its name. */
function timeZoneOptions(intl: IntlShape, current: string | null) {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  if (current) zones.add(current);
  return [...zones].sort().map((zone) => {
    const name = timeZoneName(intl, zone);
    const place = zone.replaceAll('_', ' ');
    return { value: zone, label: name ? `${place} — ${name}` : place };
  });
}

const asNumber = (value: number | string): NumberValue => (typeof value === 'number' ? value : '');

function OfficeEditForm({
  office,
  languages,
  language,
}: {
  office: OfficeEditFieldsFragment;
  languages: Languages;
  language: string;
}) {
  const intl = useIntl();
  const message: Message = (id, values) => intl.formatMessage({ id }, values);
  const [initial] = useState(() => draftOf(office));
  const [draft, setDraft] = useState<Draft>(initial);
  /** The profile as last saved: Save sends what differs from it. */
  const [saved, setSavedDraft] = useState<Draft>(initial);
  const [error, setError] = useState<DescribedError | null>(null);
  const [notice, setNotice] = useState<'saved' | 'unchanged' | null>(null);
  const [save, { loading }] = useMutation(UpdateOfficeProfile);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const options = useMemo(() => languageOptions(intl, languages), [intl, languages]);
  const zones = useMemo(() => timeZoneOptions(intl, office.timeZone), [intl, office.timeZone]);
  const languageName = (code: string | null) =>
    code ? (options.find((option) => option.value === code)?.label ?? code) : null;

  const dirty = changesOf(office.code, saved, draft).input !== null;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !loading && currentLocation.pathname !== nextLocation.pathname,
  );
  useBeforeUnload((event) => {
    if (dirty) event.preventDefault();
  });

  const change = (patch: Partial<Draft>) => {
    setNotice(null);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const fieldError = (key: string) => error?.fields[key];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const local = localProblems(draft);
    if (Object.keys(local).length > 0) {
      setError({
        code: 'BAD_USER_INPUT',
        message: codeMessage(intl, 'BAD_USER_INPUT'),
        fields: Object.fromEntries(
          Object.entries(local).map(([key, problem]) => [
            key,
            message(problem === 'required' ? 'error.rule.required' : 'officeEdit.chooseLanguage'),
          ]),
        ),
      });
      return;
    }
    const { input, origins } = changesOf(office.code, saved, draft);
    if (!input) {
      setNotice('unchanged');
      return;
    }
    try {
      await save({
        variables: { input, language },
        update(cache, result) {
          // names in other languages than this page's are read again when next shown
          const id = result.data && cache.identify(result.data.updateOffice);
          if (id)
            cache.modify({
              id,
              fields: {
                name: (value, { storeFieldName, DELETE }) =>
                  storeFieldName.includes(JSON.stringify({ language })) ? value : DELETE,
                acronym: (value, { storeFieldName, DELETE }) =>
                  storeFieldName === 'acronym' ? value : DELETE,
              },
            });
        },
      });
      setSavedDraft(draft);
      setNotice('saved');
    } catch (caught) {
      const described = describeError(intl, caught);
      setError({ ...described, fields: formFields(origins, described.fields) });
    }
  }

  const labels = fieldLabels(message, draft, languageName);
  const summary = error
    ? Object.entries(error.fields).map(([key, text]) => ({
        key,
        label: labels[key],
        text,
      }))
    : [];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={classes['form']}>
      <Stack gap="lg">
        {error && (
          <Alert
            ref={alertRef}
            tabIndex={-1}
            color="red"
            role="alert"
            title={message('officeEdit.saveFailed')}
          >
            <Text inherit>{error.message}</Text>
            {summary.length > 0 && (
              <ul className={classes['summary']}>
                {summary.map((item) => (
                  <li key={item.key}>
                    <Anchor
                      href={`#${idOf(item.key)}`}
                      inherit
                      c="var(--mantine-color-text)"
                      underline="always"
                      onClick={(event) => {
                        const target = document.getElementById(idOf(item.key));
                        if (!target) return;
                        event.preventDefault();
                        target.focus();
                        target.scrollIntoView({ block: 'center' });
                      }}
                    >
                      {item.label
                        ? message('officeEdit.errorItem', { field: item.label, error: item.text })
                        : item.text}
                    </Anchor>
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}

        <Fieldset legend={message('officeEdit.section.names')}>
          <TextInput
            id={idOf('names.en.text')}
            label={message('officeEdit.nameEn')}
            description={message('officeEdit.nameEnHint')}
            value={draft.englishName}
            onChange={(event) => change({ englishName: event.currentTarget.value })}
            error={fieldError('names.en.text') ?? fieldError('names.en')}
            required
            maxLength={300}
          />
          <TranslationRows
            list="names"
            title={message('officeEdit.otherNames')}
            empty={message('officeEdit.noOtherNames')}
            rows={draft.otherNames}
            onChange={(otherNames) => change({ otherNames })}
            options={options}
            languageName={languageName}
            fieldError={fieldError}
            message={message}
            maxLength={300}
            texts={{
              textIn: 'officeEdit.nameIn',
              text: 'officeEdit.name',
              removeIn: 'officeEdit.removeNameIn',
              removeFresh: 'officeEdit.removeNewName',
              add: 'officeEdit.addName',
            }}
          />
          <TextInput
            id={idOf('acronyms.en.text')}
            label={message('officeEdit.acronymEn')}
            description={message('officeEdit.acronymEnHint')}
            value={draft.englishAcronym}
            onChange={(event) => change({ englishAcronym: event.currentTarget.value })}
            error={fieldError('acronyms.en.text') ?? fieldError('acronyms.en')}
            maxLength={32}
          />
          <TranslationRows
            list="acronyms"
            title={message('officeEdit.otherAcronyms')}
            hint={message('officeEdit.otherAcronymsHint')}
            empty={message('officeEdit.noOtherAcronyms')}
            rows={draft.otherAcronyms}
            onChange={(otherAcronyms) => change({ otherAcronyms })}
            options={options}
            languageName={languageName}
            fieldError={fieldError}
            message={message}
            maxLength={32}
            texts={{
              textIn: 'officeEdit.acronymIn',
              text: 'officeEdit.acronym',
              removeIn: 'officeEdit.removeAcronymIn',
              removeFresh: 'officeEdit.removeNewAcronym',
              add: 'officeEdit.addAcronym',
            }}
          />
        </Fieldset>

        <Fieldset legend={message('officeEdit.section.about')}>
          <Textarea
            id={idOf('description')}
            label={message('officeEdit.description')}
            description={message('officeEdit.descriptionHint')}
            value={draft.description}
            onChange={(event) => change({ description: event.currentTarget.value })}
            error={fieldError('description')}
            rows={6}
            resize="vertical"
            maxLength={2000}
          />
          <TextInput
            id={idOf('website')}
            label={message('officeEdit.website')}
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            value={draft.website}
            onChange={(event) => change({ website: event.currentTarget.value })}
            error={fieldError('website')}
          />
          <LinkRows draft={draft} change={change} fieldError={fieldError} message={message} />
        </Fieldset>

        <Fieldset legend={message('officeEdit.section.languages')}>
          <MultiSelect
            id={idOf('languages')}
            name="languages"
            label={message('officeEdit.languages')}
            description={message('officeEdit.languagesHint')}
            data={options}
            value={[...draft.languages]}
            onChange={(codes) => change({ languages: codes })}
            searchable
            nothingFoundMessage={message('officeEdit.nothingFound')}
            maxValues={30}
            error={fieldError('languages')}
          />
          <TagsInput
            id={idOf('businessSystems')}
            name="businessSystems"
            label={message('officeEdit.businessSystems')}
            description={message('officeEdit.businessSystemsHint')}
            value={[...draft.businessSystems]}
            onChange={(systems) => change({ businessSystems: systems })}
            splitChars={[',', ';']}
            maxTags={20}
            maxLength={64}
            error={fieldError('businessSystems')}
          />
        </Fieldset>

        <Fieldset legend={message('officeEdit.section.people')}>
          <div className={classes['numbers']}>
            <NumberInput
              id={idOf('staffSize')}
              label={message('officeEdit.staffSize')}
              description={message('officeEdit.staffSizeHint')}
              value={draft.staffSize}
              onChange={(value) => change({ staffSize: asNumber(value) })}
              error={fieldError('staffSize')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
            />
            <NumberInput
              id={idOf('ictStaffSize')}
              label={message('officeEdit.ictStaffSize')}
              description={message('officeEdit.ictStaffSizeHint')}
              value={draft.ictStaffSize}
              onChange={(value) => change({ ictStaffSize: asNumber(value) })}
              error={fieldError('ictStaffSize')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
            />
          </div>
          <NumberInput
            id={idOf('mentoringCapacity')}
            label={message('officeEdit.mentoringCapacity')}
            description={message('officeEdit.mentoringCapacityHint', { max: MENTORING_MAX })}
            value={draft.mentoringCapacity}
            onChange={(value) => change({ mentoringCapacity: asNumber(value) })}
            error={fieldError('mentoringCapacity')}
            required
            classNames={{ wrapper: classes['narrow'] }}
            min={0}
            max={MENTORING_MAX}
            clampBehavior="strict"
            allowDecimal={false}
            allowNegative={false}
          />
          <Select
            id={idOf('timeZone')}
            label={message('officeEdit.timeZone')}
            description={message('officeEdit.timeZoneHint')}
            placeholder={message('officeEdit.timeZonePlaceholder')}
            data={zones}
            value={draft.timeZone}
            onChange={(timeZone) => change({ timeZone })}
            searchable
            clearable
            limit={50}
            nothingFoundMessage={message('officeEdit.nothingFound')}
            error={fieldError('timeZone')}
          />
        </Fieldset>

        {notice === 'saved' && (
          <Alert color="green" role="status" title={message('officeEdit.saved')}>
            <Anchor
              component={Link}
              to={`/offices/${office.code}`}
              inherit
              c="var(--mantine-color-text)"
              underline="always"
            >
              <FormattedMessage id="officeEdit.savedLink" />
            </Anchor>
          </Alert>
        )}
        {notice === 'unchanged' && (
          <Alert color="blue" role="status">
            <FormattedMessage id="officeEdit.unchanged" />
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            <FormattedMessage id="officeEdit.save" />
          </Button>
          <Button component={Link} to={`/offices/${office.code}`} variant="subtle">
            <FormattedMessage id="officeEdit.toOffice" />
          </Button>
        </Group>
      </Stack>

      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={message('officeEdit.leave.title')}
        centered
      >
        <Stack gap="md">
          <Text>
            <FormattedMessage id="officeEdit.leave.text" />
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              <FormattedMessage id="officeEdit.leave.stay" />
            </Button>
            <Button color="red.8" onClick={() => blocker.proceed?.()}>
              <FormattedMessage id="officeEdit.leave.confirm" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Paper component="fieldset" withBorder p="md" radius="md" className={classes['fieldset']}>
      <legend className={classes['legend']}>{legend}</legend>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

/** The error of a whole list (`names`: a language given twice), below its rows. */
function ListError({ list, text }: { list: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <Text id={idOf(list)} tabIndex={-1} c="var(--mantine-color-error)" size="sm">
      {text}
    </Text>
  );
}

interface RowTexts {
  /** `Name in {language}` */
  readonly textIn: string;
  /** `Name`: before a language is chosen */
  readonly text: string;
  readonly removeIn: string;
  readonly removeFresh: string;
  readonly add: string;
}

/** Names or acronyms in languages other than English: a language and a text per row. */
function TranslationRows({
  list,
  title,
  hint,
  empty,
  rows,
  onChange,
  options,
  languageName,
  fieldError,
  message,
  maxLength,
  texts,
}: {
  list: 'names' | 'acronyms';
  title: string;
  hint?: string;
  empty: string;
  rows: readonly TranslationRow[];
  onChange: (rows: TranslationRow[]) => void;
  options: { value: string; label: string }[];
  languageName: (code: string | null) => string | null;
  fieldError: (key: string) => string | undefined;
  message: Message;
  maxLength: number;
  texts: RowTexts;
}) {
  const titleId = `${idOf(list)}-title`;
  const hintId = `${idOf(list)}-hint`;
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (!focusKey) return;
    document.getElementById(idOf(`${list}.${focusKey}.language`))?.focus();
    setFocusKey(null);
  }, [focusKey, list]);

  const update = (key: string, patch: Partial<TranslationRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <div role="group" aria-labelledby={titleId} aria-describedby={hint ? hintId : undefined}>
      <Stack gap="xs">
        <Text id={titleId} fw={600} size="sm">
          {title}
        </Text>
        {hint && (
          <Text id={hintId} size="xs" c="gray.7">
            {hint}
          </Text>
        )}
        {rows.length === 0 ? (
          <Text size="sm" c="gray.7" fs="italic">
            {empty}
          </Text>
        ) : (
          <ul className={classes['rows']}>
            {rows.map((row) => {
              const name = languageName(row.language);
              const taken = new Set(
                rows.filter((other) => other.key !== row.key).map((other) => other.language),
              );
              const path = `${list}.${row.key}`;
              return (
                <li key={row.key} className={classes['translationRow']}>
                  <Select
                    id={idOf(`${path}.language`)}
                    label={message('officeEdit.language')}
                    placeholder={message('officeEdit.languagePlaceholder')}
                    data={options.filter(
                      (option) => option.value !== 'en' && !taken.has(option.value),
                    )}
                    value={row.language}
                    onChange={(language) => update(row.key, { language })}
                    searchable
                    nothingFoundMessage={message('officeEdit.nothingFound')}
                    error={fieldError(`${path}.language`)}
                  />
                  <TextInput
                    id={idOf(`${path}.text`)}
                    label={name ? message(texts.textIn, { language: name }) : message(texts.text)}
                    value={row.text}
                    onChange={(event) => update(row.key, { text: event.currentTarget.value })}
                    error={fieldError(`${path}.text`) ?? fieldError(path)}
                    maxLength={maxLength}
                  />
                  <Button
                    variant="subtle"
                    color="red.8"
                    c="red.9"
                    className={classes['remove']}
                    aria-label={
                      name
                        ? message(texts.removeIn, { language: name })
                        : message(texts.removeFresh)
                    }
                    onClick={() => {
                      onChange(rows.filter((other) => other.key !== row.key));
                      addRef.current?.focus();
                    }}
                  >
                    <FormattedMessage id="officeEdit.remove" />
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <ListError list={list} text={fieldError(list)} />
        <Group>
          <Button
            ref={addRef}
            variant="light"
            size="sm"
            disabled={rows.length >= MAX_TRANSLATIONS - 1}
            onClick={() => {
              const key = rowKey();
              onChange([...rows, { key, language: null, text: '' }]);
              setFocusKey(key);
            }}
          >
            {message(texts.add)}
          </Button>
        </Group>
      </Stack>
    </div>
  );
}

/** The office's links: a label and an address each, up to 10. */
function LinkRows({
  draft,
  change,
  fieldError,
  message,
}: {
  draft: Draft;
  change: (patch: Partial<Draft>) => void;
  fieldError: (key: string) => string | undefined;
  message: Message;
}) {
  const rows = draft.links;
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (!focusKey) return;
    document.getElementById(idOf(`links.${focusKey}.label`))?.focus();
    setFocusKey(null);
  }, [focusKey]);
  const update = (key: string, patch: { label?: string; url?: string }) =>
    change({ links: rows.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
  const full = rows.length >= MAX_LINKS;

  return (
    <div
      role="group"
      aria-labelledby="office-edit-links-title"
      aria-describedby="office-edit-links-hint"
    >
      <Stack gap="xs">
        <Text id="office-edit-links-title" fw={600} size="sm">
          {message('officeEdit.links')}
        </Text>
        <Text id="office-edit-links-hint" size="xs" c="gray.7">
          {message('officeEdit.linksHint', { max: MAX_LINKS })}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm" c="gray.7" fs="italic">
            {message('officeEdit.noLinks')}
          </Text>
        ) : (
          <ul className={classes['rows']}>
            {rows.map((row, index) => {
              const path = `links.${row.key}`;
              const number = index + 1;
              return (
                <li key={row.key} className={classes['linkRow']}>
                  <TextInput
                    id={idOf(`${path}.label`)}
                    label={message('officeEdit.linkLabel', { number })}
                    value={row.label}
                    onChange={(event) => update(row.key, { label: event.currentTarget.value })}
                    error={fieldError(`${path}.label`)}
                    maxLength={100}
                  />
                  <TextInput
                    id={idOf(`${path}.url`)}
                    label={message('officeEdit.linkUrl', { number })}
                    type="url"
                    inputMode="url"
                    placeholder="https://"
                    value={row.url}
                    onChange={(event) => update(row.key, { url: event.currentTarget.value })}
                    error={fieldError(`${path}.url`) ?? fieldError(path)}
                    maxLength={500}
                  />
                  <Button
                    variant="subtle"
                    color="red.8"
                    c="red.9"
                    className={classes['remove']}
                    aria-label={message('officeEdit.removeLink', { number })}
                    onClick={() => {
                      change({ links: rows.filter((other) => other.key !== row.key) });
                      addRef.current?.focus();
                    }}
                  >
                    <FormattedMessage id="officeEdit.remove" />
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <ListError list="links" text={fieldError('links')} />
        {full && (
          <Text size="sm" c="gray.7">
            {message('officeEdit.linksFull', { max: MAX_LINKS })}
          </Text>
        )}
        <Group>
          <Button
            ref={addRef}
            variant="light"
            size="sm"
            disabled={full}
            onClick={() => {
              const key = rowKey();
              change({ links: [...rows, { key, label: '', url: '' }] });
              setFocusKey(key);
            }}
          >
            {message('officeEdit.addLink')}
          </Button>
        </Group>
      </Stack>
    </div>
  );
}

/** Each field's label by its key, for the list of errors at the top of the form. */
function fieldLabels(
  message: Message,
  draft: Draft,
  languageName: (code: string | null) => string | null,
): Record<string, string> {
  const labels: Record<string, string> = {
    'names.en.text': message('officeEdit.nameEn'),
    names: message('officeEdit.otherNames'),
    'acronyms.en.text': message('officeEdit.acronymEn'),
    acronyms: message('officeEdit.otherAcronyms'),
    description: message('officeEdit.description'),
    website: message('officeEdit.website'),
    links: message('officeEdit.links'),
    languages: message('officeEdit.languages'),
    businessSystems: message('officeEdit.businessSystems'),
    staffSize: message('officeEdit.staffSize'),
    ictStaffSize: message('officeEdit.ictStaffSize'),
    mentoringCapacity: message('officeEdit.mentoringCapacity'),
    timeZone: message('officeEdit.timeZone'),
  };
  for (const [list, rows, textIn, text] of [
    ['names', draft.otherNames, 'officeEdit.nameIn', 'officeEdit.newName'],
    ['acronyms', draft.otherAcronyms, 'officeEdit.acronymIn', 'officeEdit.newAcronym'],
  ] as const)
    for (const row of rows) {
      const name = languageName(row.language);
      const label = name ? message(textIn, { language: name }) : message(text);
      labels[`${list}.${row.key}.text`] = label;
      labels[`${list}.${row.key}`] = label;
      labels[`${list}.${row.key}.language`] = message('officeEdit.languageOf', { field: label });
    }
  draft.links.forEach((row, index) => {
    const number = index + 1;
    labels[`links.${row.key}.label`] = message('officeEdit.linkLabel', { number });
    labels[`links.${row.key}.url`] = message('officeEdit.linkUrl', { number });
    labels[`links.${row.key}`] = message('officeEdit.linkRow', { number });
  });
  return labels;
}
