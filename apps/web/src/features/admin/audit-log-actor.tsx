import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';

import { AuditActorAccounts } from './audit-log.graphql';

/** Accounts the picker lists at once: the API's largest page. */
const ACCOUNTS_PAGE = 100;

interface ActorPickerProps {
  /** The account id picked ('' for anyone). */
  readonly value: string;
  /** The actor's email when the page knows it (from the entries shown), for a picked id. */
  readonly knownEmail: string | null;
  readonly onChange: (accountId: string) => void;
  readonly error?: string;
}

/**
 * The actor, picked among the accounts by name or email (admins: the `accounts` query is
 * theirs). The API searches; the list shows what it answers.
 */
export function ActorPicker({ value, knownEmail, onChange, error }: ActorPickerProps) {
  const intl = useIntl();
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const selected = value
    ? { value, label: picked?.value === value ? picked.label : (knownEmail ?? value) }
    : null;
  const [search, setSearch] = useState(selected?.label ?? '');
  // another actor from elsewhere (the address, a row's link, "clear"): show its name
  const selectedLabel = selected?.label ?? '';
  useEffect(() => setSearch(selectedLabel), [selectedLabel]);

  const typed = search === selectedLabel ? '' : search.trim();
  const [debounced] = useDebouncedValue(typed, 250);
  const { data } = useQuery(AuditActorAccounts, {
    variables: { search: debounced || null, first: ACCOUNTS_PAGE },
  });
  const options = (data?.accounts.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.displayName} · ${node.email}`,
  }));
  const shown =
    selected && !options.some((option) => option.value === selected.value)
      ? [selected, ...options]
      : options;

  return (
    <Select
      label={intl.formatMessage({ id: 'audit.filter.actor' })}
      description={intl.formatMessage({ id: 'audit.filter.actorPickHint' })}
      placeholder={intl.formatMessage({ id: 'audit.filter.anyActor' })}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'audit.filter.clearActor' }) }}
      nothingFoundMessage={intl.formatMessage({ id: 'audit.filter.noAccount' })}
      data={shown}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      // the API has searched already
      filter={({ options: all }) => all}
      onChange={(id, option) => {
        setPicked(id && option ? { value: id, label: option.label } : null);
        onChange(id ?? '');
      }}
      error={error}
      maxLength={200}
    />
  );
}
