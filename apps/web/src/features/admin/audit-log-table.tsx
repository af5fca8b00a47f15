import { Anchor, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState, type Ref } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';

import { actionLabel, entityLabel } from './audit-log-labels';
import { searchOf, type AuditFilterValues } from './audit-log-url';
import type { AuditChangeNode, AuditEntryNode } from './audit-log.graphql';
import classes from './audit-log.module.css';

/** Entries with more changes than this, or longer ones, show the first few until asked. */
const FOLDED_CHANGES = 3;
const FOLDED_LENGTH = 240;
const FOLDED_VALUE = 120;

interface AuditTableProps {
  readonly entries: readonly AuditEntryNode[];
  readonly values: AuditFilterValues;
  /** The row to focus once it is shown (the first of a page loaded with "Load more"). */
  readonly focusRow: { readonly index: number; readonly ref: Ref<HTMLTableRowElement> } | null;
}

/** The entries, newest first: when, who, what, on which thing, and each field's change. */
export function AuditTable({ entries, values, focusRow }: AuditTableProps) {
  const intl = useIntl();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped className={classes['table']}>
        <caption className={classes['caption']}>
          <FormattedMessage id="audit.table.caption" />
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <FormattedMessage id="audit.column.when" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="audit.column.actor" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="audit.column.action" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="audit.column.entity" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="audit.column.changes" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry, index) => (
            <Table.Tr
              key={entry.id}
              ref={focusRow?.index === index ? focusRow.ref : undefined}
              tabIndex={focusRow?.index === index ? -1 : undefined}
            >
              <Table.Th scope="row" fw={400}>
                <time dateTime={entry.occurredAt} title={entry.occurredAt}>
                  <span className={classes['nowrap']}>
                    {intl.formatDate(entry.occurredAt, { dateStyle: 'medium' })}
                  </span>{' '}
                  <span className={classes['nowrap']}>
                    {intl.formatTime(entry.occurredAt, { timeStyle: 'medium' })}
                  </span>
                </time>
              </Table.Th>
              <Table.Td>
                <Actor entry={entry} values={values} email={entry.actorEmail ?? null} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {actionLabel(intl, entry.action)}
                </Text>
                <Text size="xs" c="gray.7" ff="monospace">
                  {entry.action}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="gray.7">
                  {entityLabel(intl, entry.entity)}
                </Text>
                <EntityId entity={entry.entity} id={entry.entityId} />
              </Table.Td>
              <Table.Td>
                <Changes changes={entry.changes} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The actor's email (or, when the page cannot know it, the start of their account's id, whole in
 * its tooltip), a link to their entries alone; "unknown" for a refused sign-in without an email.
 */
function Actor({
  entry,
  values,
  email,
}: {
  entry: AuditEntryNode;
  values: AuditFilterValues;
  email: string | null;
}) {
  const intl = useIntl();
  const id = entry.actorId;
  const name = email ? (
    <Email email={email} />
  ) : id ? (
    <span title={id} className={classes['nowrap']}>
      <FormattedMessage id="audit.actor.account" values={{ id: shortId(id) }} />
    </span>
  ) : (
    intl.formatMessage({ id: 'audit.actor.unknown' })
  );
  if (!id || id === values.actor)
    return (
      <Text size="sm" className={classes['breakable']}>
        {name}
      </Text>
    );
  const search = searchOf({ ...values, actor: id });
  return (
    <Anchor
      component={Link}
      to={`?${search.toString()}`}
      size="sm"
      className={classes['breakable']}
    >
      {name}
      <VisuallyHidden>
        <FormattedMessage id="audit.actor.onlyTheirs" />
      </VisuallyHidden>
    </Anchor>
  );
}

/** An office's code links to its page, a member's id to theirs; other ids as they are. */
function EntityId({ entity, id }: { entity: string; id: string | null | undefined }) {
  if (!id) return null;
  const page = ENTITY_PAGES[entity];
  const to = page ? `${page}/${encodeURIComponent(id)}` : null;
  const shown = UUID.test(id) ? shortId(id) : id;
  const title = shown === id ? undefined : id;
  if (to)
    return (
      <Anchor
        component={Link}
        to={to}
        size="sm"
        ff="monospace"
        title={title}
        className={classes['breakable']}
      >
        {shown}
      </Anchor>
    );
  return (
    <Text size="sm" ff="monospace" title={title} className={classes['breakable']}>
      {shown}
    </Text>
  );
}

/** The things the log names that have a page of their own. */
const ENTITY_PAGES: Readonly<Record<string, string>> = {
  office: '/offices',
  member: '/members',
  match_request: '/requests',
  introduction: '/introductions',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An account's id is long: its first eight characters tell it apart here (all in a tooltip). */
function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** An email that breaks after its `@` when the column is narrow, not anywhere. */
function Email({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at < 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

/** A value as the API keeps it (JSON): text as it is, lists joined, nothing as "empty". */
export function readableValue(json: string | null | undefined): string | null {
  if (json === null || json === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return value.length === 0 ? null : value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function clipped(text: string, folded: boolean): string {
  return folded && text.length > FOLDED_VALUE ? `${text.slice(0, FOLDED_VALUE)}…` : text;
}

function Changes({ changes }: { changes: readonly AuditChangeNode[] }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  if (changes.length === 0)
    return (
      <Text size="sm" c="gray.7">
        <FormattedMessage id="audit.changes.none" />
      </Text>
    );
  const readable = changes.map((change) => ({
    field: change.field,
    before: readableValue(change.before),
    after: readableValue(change.after),
  }));
  const length = readable.reduce(
    (sum, change) => sum + (change.before?.length ?? 0) + (change.after?.length ?? 0),
    0,
  );
  const long = readable.length > FOLDED_CHANGES || length > FOLDED_LENGTH;
  const folded = long && !open;
  const shown = folded ? readable.slice(0, FOLDED_CHANGES) : readable;
  const empty = intl.formatMessage({ id: 'audit.changes.empty' });

  return (
    <Stack gap={4} align="flex-start">
      <ul className={classes['changes']}>
        {shown.map((change) => (
          <li key={change.field}>
            <Text span size="sm" ff="monospace" fw={600}>
              {change.field}
            </Text>
            <Text span size="sm">
              {': '}
              <span className={change.before === null ? classes['empty'] : undefined}>
                {clipped(change.before ?? empty, folded)}
              </span>
              <span aria-hidden> → </span>
              <VisuallyHidden>
                <FormattedMessage id="audit.changes.becomes" />
              </VisuallyHidden>
              <span className={change.after === null ? classes['empty'] : undefined}>
                {clipped(change.after ?? empty, folded)}
              </span>
            </Text>
          </li>
        ))}
      </ul>
      {long && (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          {open ? (
            <FormattedMessage id="audit.changes.fewer" />
          ) : (
            <FormattedMessage id="audit.changes.all" values={{ count: readable.length }} />
          )}
        </Button>
      )}
    </Stack>
  );
}
