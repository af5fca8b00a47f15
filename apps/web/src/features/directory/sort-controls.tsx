import { Group, NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';

import type { SortDirection } from '../../gql/graphql';
import {
  defaultDirection,
  defaultOrderField,
  hasSearchText,
  type DirectorySort,
  type DirectoryState,
  type OrderField,
} from './directory-url';
import { DIMENSIONS, isOneOf } from './directory-values';
import { dimensionLabel } from './labels';

const encode = (sort: DirectorySort) =>
  sort.dimension ? `${sort.field}.${sort.dimension}` : sort.field;

function decode(value: string): DirectorySort | null {
  const [field, dimension] = value.split('.');
  if (field === 'MATURITY')
    return {
      field,
      dimension: dimension && isOneOf(DIMENSIONS, dimension) ? dimension : null,
    };
  if (field === 'NAME' || field === 'RELEVANCE' || field === 'UPDATED')
    return { field, dimension: null };
  return null;
}

const DIRECTION_IDS: Record<OrderField, Record<SortDirection, string>> = {
  NAME: { ASC: 'directory.sort.nameAsc', DESC: 'directory.sort.nameDesc' },
  MATURITY: { ASC: 'directory.sort.maturityAsc', DESC: 'directory.sort.maturityDesc' },
  UPDATED: { ASC: 'directory.sort.updatedAsc', DESC: 'directory.sort.updatedDesc' },
  RELEVANCE: { ASC: 'directory.sort.relevanceAsc', DESC: 'directory.sort.relevanceDesc' },
};

interface SortControlsProps {
  readonly state: DirectoryState;
  readonly onChange: (change: Pick<DirectoryState, 'sort' | 'direction'>) => void;
  readonly error?: string;
}

/** The orders the API offers; relevance only with a search (the API refuses it otherwise). */
export function SortControls({ state, onChange, error }: SortControlsProps) {
  const intl = useIntl();
  const message = (id: string) => intl.formatMessage({ id });
  const sort = state.sort ?? { field: defaultOrderField(state), dimension: null };
  const direction = state.direction ?? defaultDirection(sort.field);
  const maturityName = (dimension: string | null) =>
    dimension && isOneOf(DIMENSIONS, dimension)
      ? intl.formatMessage(
          { id: 'directory.sort.maturityOf' },
          { name: dimensionLabel(intl, dimension) },
        )
      : message('directory.sort.maturityOverall');

  return (
    <Group gap="xs" wrap="wrap" align="flex-end">
      <NativeSelect
        size="sm"
        label={message('directory.sort.label')}
        value={encode(sort)}
        error={error}
        onChange={(event) => {
          const next = decode(event.currentTarget.value);
          if (next) onChange({ sort: next, direction: null });
        }}
        data={[
          ...(hasSearchText(state.search)
            ? [{ value: 'RELEVANCE', label: message('directory.sort.relevance') }]
            : []),
          { value: 'NAME', label: message('directory.sort.name') },
          { value: 'UPDATED', label: message('directory.sort.updated') },
          {
            group: message('directory.sort.maturityGroup'),
            items: [
              { value: 'MATURITY', label: maturityName(null) },
              ...DIMENSIONS.map((dimension) => ({
                value: `MATURITY.${dimension}`,
                label: maturityName(dimension),
              })),
            ],
          },
        ]}
      />
      <NativeSelect
        size="sm"
        label={message('directory.sort.direction')}
        value={direction}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === 'ASC' || value === 'DESC') onChange({ sort: state.sort, direction: value });
        }}
        data={(['ASC', 'DESC'] as const).map((value) => ({
          value,
          label: message(DIRECTION_IDS[sort.field][value]),
        }))}
      />
    </Group>
  );
}
