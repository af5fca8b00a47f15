import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';

import { WIPO_STANDARDS } from '@wild/shared/reference-data';

import type {
  AdoptionStatus,
  SetStandardAdoptionInput,
  StandardsEditQuery as StandardsEditData,
} from '../../../gql/graphql';
import { describeError, type DescribedError } from '../../../shared/errors';
import { apiLanguage, useDocumentTitle } from '../../../shared/page';
import { adoptionStatusLabel } from '../labels';
import { FrameState, useCanEdit, type FrameTexts } from './standards-and-needs-frame';
import { SaveStandardAdoption, StandardsEditQuery } from './standards-edit.graphql';
import classes from './standards-edit.module.css';

type Office = StandardsEditData['office'];
type Adoption = Office['standards'][number];

const STATUSES: readonly AdoptionStatus[] = ['COMPLETE', 'PARTIAL', 'NONE'];
/** The API's limit on a comment. */
export const COMMENT_MAX = 2000;

/** A standard's name in the interface's language (English where the list has no other). */
export function standardName(intl: IntlShape, code: string): string | undefined {
  const standard = WIPO_STANDARDS.find((entry) => entry.code === code);
  if (!standard) return undefined;
  return new Intl.Locale(intl.locale).language === 'fr' ? standard.name.fr : standard.name.en;
}

/** What the form holds: as typed, kept through a refusal. */
export interface AdoptionDraft {
  readonly standard: string;
  readonly status: AdoptionStatus;
  /** `YYYY-MM-DD`, or empty. */
  readonly plannedDate: string;
  readonly comment: string;
}

export function inputOf(officeCode: string, draft: AdoptionDraft): SetStandardAdoptionInput {
  return {
    officeCode,
    standard: draft.standard,
    status: draft.status,
    plannedDate: draft.plannedDate.trim() || null,
    comment: draft.comment.trim() || null,
  };
}

/** The API's order: by code. */
const byStandard = (a: Adoption, b: Adoption) =>
  a.standard < b.standard ? -1 : a.standard > b.standard ? 1 : 0;

/** `/offices/:code/standards`: the office's WIPO standards, one reported at a time. */
export function StandardsEditPage() {
  const intl = useIntl();
  const code = (useParams()['code'] ?? '').toUpperCase();
  const canEdit = useCanEdit(code);
  const { data, previousData, error, refetch } = useQuery(
    StandardsEditQuery,
    code ? { variables: { code, language: apiLanguage(intl.locale) } } : skipToken,
  );
  const shown = data ?? (previousData?.office.code === code ? previousData : undefined);
  const message = (id: string, values?: Record<string, string>) =>
    intl.formatMessage({ id }, values);
  const officeName = shown?.office.name;
  useDocumentTitle(
    officeName
      ? message('standardsEdit.documentTitle', { name: officeName })
      : message('standardsEdit.documentTitleLoading'),
  );

  const texts: FrameTexts = {
    title: message('standardsEdit.title'),
    back: message('standardsEdit.back'),
    loading: message('standardsEdit.loading'),
    notFoundTitle: message('office.notFound.title'),
    notFound: message('office.notFound.text', { code }),
    refusedTitle: message('standardsEdit.refused.title'),
    refused: message('standardsEdit.refused.text', { office: officeName ?? code }),
    failedTitle: message('standardsEdit.loadFailed'),
    retry: message('standardsEdit.retry'),
  };

  return (
    <FrameState
      code={code}
      officeName={officeName}
      error={error}
      loaded={Boolean(shown)}
      canEdit={canEdit}
      texts={texts}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      {shown && <StandardsEditor key={shown.office.code} office={shown.office} />}
    </FrameState>
  );
}

/** The address's `edit` parameter: the form of a reported standard (`ST.26`) or a new report (`new`). */
const EDIT_PARAM = 'edit';
const NEW_REPORT = 'new';

function StandardsEditor({ office }: { office: Office }) {
  const [params, setParams] = useSearchParams();
  const asked = params.get(EDIT_PARAM);
  const reported = new Set(office.standards.map((adoption) => adoption.standard));
  const unreported = WIPO_STANDARDS.filter((standard) => !reported.has(standard.code));
  // which form is open: a reported standard's (its code), a new report's (null), or none
  const editing =
    asked && reported.has(asked)
      ? { standard: asked }
      : asked === NEW_REPORT && unreported.length > 0
        ? { standard: null }
        : null;
  const setEditing = (standard: string | null | undefined, replace = false) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (standard === undefined) next.delete(EDIT_PARAM);
        else next.set(EDIT_PARAM, standard ?? NEW_REPORT);
        return next;
      },
      { replace },
    );
  const [saved, setSaved] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (saved) noticeRef.current?.focus();
  }, [saved]);

  const open = (standard: string | null, opener: HTMLButtonElement) => {
    openerRef.current = opener;
    setSaved(null);
    setEditing(standard);
  };
  const close = () => {
    setEditing(undefined, true);
    openerRef.current?.focus();
  };

  return (
    <Stack gap="lg">
      <Text>
        <FormattedMessage id="standardsEdit.intro" />
      </Text>
      {saved && (
        <Alert ref={noticeRef} tabIndex={-1} color="green" role="status">
          <Stack gap={4}>
            <Text size="sm" fw={700}>
              <FormattedMessage id="standardsEdit.saved" values={{ standard: saved }} />
            </Text>
            <Anchor component={Link} to={`/offices/${office.code}#standards`} size="sm" c="blue.9">
              <FormattedMessage id="standardsEdit.seeOfficePage" />
            </Anchor>
          </Stack>
        </Alert>
      )}
      <Paper component="section" aria-labelledby="reported-title" withBorder p="md" radius="md">
        <Stack gap="md">
          <Title order={2} size="h3" id="reported-title">
            <FormattedMessage id="standardsEdit.reported.title" />
          </Title>
          {office.standards.length === 0 ? (
            <Text c="gray.7" fs="italic">
              <FormattedMessage id="standardsEdit.reported.empty" />
            </Text>
          ) : (
            <ReportedTable
              standards={office.standards}
              onEdit={(standard, opener) => open(standard, opener)}
            />
          )}
          <Group gap="sm">
            <Button
              variant="default"
              disabled={unreported.length === 0}
              onClick={(event) => open(null, event.currentTarget)}
            >
              <FormattedMessage id="standardsEdit.add" />
            </Button>
            {unreported.length === 0 && (
              <Text size="sm" c="gray.7">
                <FormattedMessage id="standardsEdit.allReported" />
              </Text>
            )}
          </Group>
        </Stack>
      </Paper>
      {editing && (
        <AdoptionForm
          // a fresh form for each standard opened
          key={editing.standard ?? 'new'}
          officeCode={office.code}
          adoption={office.standards.find((entry) => entry.standard === editing.standard) ?? null}
          choices={unreported.map((standard) => standard.code)}
          onCancel={close}
          onSaved={(standard) => {
            setEditing(undefined, true);
            setSaved(standard);
          }}
        />
      )}
    </Stack>
  );
}

function ReportedTable({
  standards,
  onEdit,
}: {
  standards: readonly Adoption[];
  onEdit: (standard: string, opener: HTMLButtonElement) => void;
}) {
  const intl = useIntl();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <FormattedMessage id="office.standards.column.standard" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="office.standards.column.status" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="office.standards.column.planned" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="office.standards.column.comment" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="standardsEdit.column.actions" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {standards.map((adoption) => (
            <Table.Tr key={adoption.standard}>
              <Table.Th scope="row" fw={500}>
                <Text span fw={700} size="sm">
                  {adoption.standard}
                </Text>
                {standardName(intl, adoption.standard) && (
                  <Text size="xs" c="gray.7">
                    {standardName(intl, adoption.standard)}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{adoptionStatusLabel(intl, adoption.status)}</Table.Td>
              <Table.Td className={classes['nowrap']}>
                {adoption.plannedDate ? <PlannedDate value={adoption.plannedDate} /> : '—'}
              </Table.Td>
              <Table.Td className={classes['comment']}>{adoption.comment ?? '—'}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={intl.formatMessage(
                    { id: 'standardsEdit.editNamed' },
                    { standard: adoption.standard },
                  )}
                  onClick={(event) => onEdit(adoption.standard, event.currentTarget)}
                >
                  <FormattedMessage id="standardsEdit.edit" />
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `YYYY-MM-DD` as a date of the interface's language (a calendar day, not an instant). */
function PlannedDate({ value }: { value: string }) {
  const intl = useIntl();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime())) return <>{value}</>;
  return <>{intl.formatDate(day, { dateStyle: 'medium', timeZone: 'UTC' })}</>;
}

function AdoptionForm({
  officeCode,
  adoption,
  choices,
  onCancel,
  onSaved,
}: {
  officeCode: string;
  /** The reported standard to change; null: a new report. */
  adoption: Adoption | null;
  /** The standards a new report may choose (those not reported yet). */
  choices: readonly string[];
  onCancel: () => void;
  onSaved: (standard: string) => void;
}) {
  const intl = useIntl();
  const language = apiLanguage(intl.locale);
  const message = (id: string, values?: Record<string, string>) =>
    intl.formatMessage({ id }, values);
  const [draft, setDraft] = useState<AdoptionDraft>(() => ({
    standard: adoption?.standard ?? choices[0] ?? '',
    status: adoption?.status ?? 'NONE',
    plannedDate: adoption?.plannedDate ?? '',
    comment: adoption?.comment ?? '',
  }));
  const [error, setError] = useState<DescribedError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);
  const [save, { loading }] = useMutation(SaveStandardAdoption, {
    update(cache, { data }) {
      const saved = data?.setStandardAdoption;
      if (!saved) return;
      // the office's list in the cache (Office by code): this page's table and the office page
      cache.updateQuery(
        { query: StandardsEditQuery, variables: { code: officeCode, language } },
        (current) =>
          current && {
            ...current,
            office: {
              ...current.office,
              standards: [
                ...current.office.standards.filter((entry) => entry.standard !== saved.standard),
                saved,
              ].sort(byStandard),
            },
          },
      );
    },
  });
  const change = (patch: Partial<AdoptionDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));
  const fieldError = (field: string) => error?.fields[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await save({ variables: { input: inputOf(officeCode, draft) } });
      onSaved(data?.setStandardAdoption.standard ?? draft.standard);
    } catch (caught) {
      setError(describeError(intl, caught));
    }
  }

  const title = adoption
    ? message('standardsEdit.form.editTitle', {
        standard: adoption.standard,
        name: standardName(intl, adoption.standard) ?? '',
      })
    : message('standardsEdit.form.newTitle');

  return (
    <Paper component="section" aria-labelledby="adoption-form-title" withBorder p="md" radius="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Title
            order={2}
            size="h3"
            id="adoption-form-title"
            ref={headingRef}
            tabIndex={-1}
            className={classes['focusTarget']}
          >
            {title}
          </Title>
          {error && (
            <Alert
              ref={alertRef}
              tabIndex={-1}
              color="red"
              role="alert"
              title={message('standardsEdit.saveFailed')}
            >
              {error.message}
            </Alert>
          )}
          {!adoption && (
            <NativeSelect
              label={message('standardsEdit.form.standard')}
              value={draft.standard}
              onChange={(event) => change({ standard: event.currentTarget.value })}
              data={choices.map((code) => ({
                value: code,
                label: `${code} — ${standardName(intl, code) ?? code}`,
              }))}
              error={fieldError('standard')}
              classNames={{ error: classes['error'] }}
            />
          )}
          <Radio.Group
            label={message('standardsEdit.form.status')}
            description={message('standardsEdit.form.statusHint')}
            value={draft.status}
            onChange={(value) => change({ status: value as AdoptionStatus })}
            error={fieldError('status')}
            classNames={{ error: classes['error'] }}
          >
            <Stack gap="xs" mt="xs">
              {STATUSES.map((status) => (
                <Radio key={status} value={status} label={adoptionStatusLabel(intl, status)} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            type="date"
            label={message('standardsEdit.form.plannedDate')}
            description={message('standardsEdit.form.plannedDateHint')}
            value={draft.plannedDate}
            onChange={(event) => change({ plannedDate: event.currentTarget.value })}
            error={fieldError('plannedDate')}
            classNames={{ error: classes['error'], wrapper: classes['date'] }}
          />
          <Textarea
            label={message('standardsEdit.form.comment')}
            value={draft.comment}
            onChange={(event) => change({ comment: event.currentTarget.value })}
            error={fieldError('comment')}
            classNames={{ error: classes['error'] }}
            rows={3}
            maxLength={COMMENT_MAX}
          />
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              <FormattedMessage id="standardsEdit.form.save" />
            </Button>
            <Button variant="default" onClick={onCancel}>
              <FormattedMessage id="standardsEdit.form.cancel" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
