import { Checkbox, Group, MultiSelect, Pill, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';

import classes from './directory.module.css';
import { countOf, optionValues, type Counts } from './facets';
import { withCount } from './labels';

interface FacetProps<T extends string> {
  readonly label: string;
  readonly selected: readonly T[];
  readonly counts: Counts | undefined;
  readonly labelOf: (value: T) => string;
  readonly onChange: (values: T[]) => void;
  readonly error?: string;
  readonly description?: string;
}

/**
 * Descriptions darker than Mantine's `dimmed`, which fails axe's contrast check on white (the
 * theme could change it for every page).
 */
export const READABLE_DESCRIPTION = {
  description: { color: 'var(--mantine-color-gray-7)' },
} as const;

/** A short list of alternatives (regions, kinds, groups, positions): one checkbox each. */
export function CheckboxFacet<T extends string>({
  label,
  values,
  selected,
  counts,
  labelOf,
  onChange,
  error,
  description,
}: FacetProps<T> & { readonly values: readonly T[] }) {
  const intl = useIntl();
  return (
    <Checkbox.Group
      label={label}
      description={description}
      styles={READABLE_DESCRIPTION}
      value={[...selected]}
      onChange={(next) => onChange(values.filter((value) => next.includes(value)))}
      error={error}
    >
      <Stack gap={6} mt={6}>
        {values.map((value) => (
          <Checkbox
            key={value}
            value={value}
            label={withCount(intl, labelOf(value), countOf(counts, value))}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** A longer list (languages, standards, dimensions, expertise): a searchable multiple select. */
export function MultiSelectFacet<T extends string>({
  label,
  selected,
  counts,
  labelOf,
  onChange,
  error,
  description,
  placeholder,
  pillOf,
  values,
}: FacetProps<T> & {
  readonly placeholder?: string;
  /** Every option, in this order (else the counted values, most frequent first). */
  readonly values?: readonly T[];
  /** A pill's text when the option's label is long (a standard's code). */
  readonly pillOf?: (value: T) => string;
}) {
  const intl = useIntl();
  const data = (values ?? optionValues(counts, selected)).map((value) => ({
    value,
    label: labelOf(value as T),
  }));
  return (
    <MultiSelect
      label={label}
      description={description}
      styles={READABLE_DESCRIPTION}
      placeholder={selected.length === 0 ? placeholder : undefined}
      data={data}
      value={[...selected]}
      onChange={(next) => onChange(next as T[])}
      error={error}
      searchable
      // typing “Fren” and Enter picks French, as a person expects
      selectFirstOptionOnChange
      clearable
      hidePickedOptions={false}
      nothingFoundMessage={intl.formatMessage({ id: 'directory.facet.nothingFound' })}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" gap="xs" w="100%">
          <Text size="sm">{option.label}</Text>
          {counts && (
            <Text size="xs" className={classes['optionCount']}>
              {intl.formatNumber(counts.get(option.value) ?? 0)}
            </Text>
          )}
        </Group>
      )}
      renderPill={
        pillOf
          ? ({ option, onRemove }) => (
              <Pill withRemoveButton onRemove={onRemove}>
                {pillOf(String(option.value) as T)}
              </Pill>
            )
          : undefined
      }
    />
  );
}
