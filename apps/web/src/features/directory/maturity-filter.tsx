import { Button, CloseButton, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { MaturityDimension } from '../../gql/graphql';
import type { DimensionRange, LevelRange } from './directory-url';
import { DIMENSIONS, isOneOf, LEVELS } from './directory-values';
import { countOf, fieldError, type Counts } from './facets';
import { dimensionLabel, levelLabel, withCount } from './labels';

const OVERALL = 'OVERALL';
/** The dimension picker, as a focus target. */
const PICKER = 'ADD';

interface MaturityFilterProps {
  readonly maturity: readonly DimensionRange[];
  readonly overall: LevelRange | null;
  /** Counts by level among the results: `OVERALL` or a dimension. */
  readonly countsOf: (target: MaturityDimension | typeof OVERALL) => Counts | undefined;
  readonly onChange: (change: {
    maturity?: readonly DimensionRange[];
    overall?: LevelRange | null;
  }) => void;
  readonly fields?: Readonly<Record<string, string>>;
}

/**
 * Ranges of current levels: pick a dimension (or the overall level), then its lowest and
 * highest level. Several dimensions can be constrained at once; each must hold.
 */
export function MaturityFilter({
  maturity,
  overall,
  countsOf,
  onChange,
  fields,
}: MaturityFilterProps) {
  const intl = useIntl();
  const overallName = intl.formatMessage({ id: 'directory.maturity.overall' });
  const free = DIMENSIONS.filter((dimension) => !maturity.some((m) => m.dimension === dimension));

  const [choice, setChoice] = useState('');
  /**
   * Where the focus goes next: the lowest level of the range just added (the next thing to
   * set), or the dimension picker once a range is removed.
   */
  const [added, setAdded] = useState<string | null>(null);

  function add() {
    if (choice === OVERALL) onChange({ overall: { min: 1, max: 5 } });
    else if (isOneOf(DIMENSIONS, choice))
      onChange({ maturity: [...maturity, { dimension: choice, min: 1, max: 5 }] });
    else return;
    setAdded(choice);
    setChoice('');
  }

  const rows = [
    ...(overall
      ? [
          {
            key: OVERALL,
            name: overallName,
            range: overall,
            counts: countsOf(OVERALL),
            error: fieldError(fields, 'filter.overallLevel'),
            set: (range: LevelRange) => onChange({ overall: range }),
            remove: () => onChange({ overall: null }),
          },
        ]
      : []),
    ...maturity.map((entry, index) => ({
      key: entry.dimension,
      name: dimensionLabel(intl, entry.dimension),
      range: entry,
      counts: countsOf(entry.dimension),
      error: fieldError(fields, `filter.maturity.${index}`),
      set: (range: LevelRange) =>
        onChange({
          maturity: maturity.map((m) => (m.dimension === entry.dimension ? { ...m, ...range } : m)),
        }),
      remove: () => onChange({ maturity: maturity.filter((m) => m.dimension !== entry.dimension) }),
    })),
  ];

  const levelOptions = (counts: Counts | undefined) =>
    LEVELS.map((level) => ({
      value: String(level),
      label: withCount(intl, levelLabel(intl, level), countOf(counts, String(level))),
    }));

  return (
    <Fieldset
      variant="unstyled"
      legend={intl.formatMessage({ id: 'directory.maturity.legend' })}
      styles={{
        legend: {
          fontSize: 'var(--mantine-font-size-sm)',
          fontWeight: 500,
          paddingInline: 0,
          marginBlockEnd: 'var(--mantine-spacing-xs)',
        },
      }}
    >
      <Stack gap="sm">
        {rows.length > 0 && (
          <Text size="xs" c="gray.7">
            {intl.formatMessage({ id: 'directory.maturity.countsHint' })}
          </Text>
        )}
        {rows.map((row) => (
          <Stack key={row.key} gap={4}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" fw={500}>
                {row.name}
              </Text>
              <CloseButton
                size="sm"
                aria-label={intl.formatMessage(
                  { id: 'directory.maturity.remove' },
                  { name: row.name },
                )}
                onClick={() => {
                  row.remove();
                  setAdded(PICKER);
                }}
              />
            </Group>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <NativeSelect
                ref={(element) => {
                  if (element && added === row.key) {
                    element.focus();
                    setAdded(null);
                  }
                }}
                flex={1}
                size="xs"
                aria-label={intl.formatMessage(
                  { id: 'directory.maturity.from' },
                  { name: row.name },
                )}
                data={levelOptions(row.counts)}
                value={String(row.range.min)}
                onChange={(event) =>
                  row.set({ min: Number(event.currentTarget.value), max: row.range.max })
                }
                error={Boolean(row.error)}
              />
              <Text size="sm" aria-hidden mt={4}>
                –
              </Text>
              <NativeSelect
                flex={1}
                size="xs"
                aria-label={intl.formatMessage({ id: 'directory.maturity.to' }, { name: row.name })}
                data={levelOptions(row.counts)}
                value={String(row.range.max)}
                onChange={(event) =>
                  row.set({ min: row.range.min, max: Number(event.currentTarget.value) })
                }
                error={Boolean(row.error)}
              />
            </Group>
            {row.error && (
              <Text size="xs" c="red.8" role="alert">
                {row.error}
              </Text>
            )}
          </Stack>
        ))}
        {(free.length > 0 || !overall) && (
          // a select and a button: a closed select changes on arrow keys in some browsers,
          // which must not add a range at each key press
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <NativeSelect
              ref={(element) => {
                if (element && added === PICKER) {
                  element.focus();
                  setAdded(null);
                }
              }}
              flex={1}
              size="sm"
              label={intl.formatMessage({ id: 'directory.maturity.add' })}
              value={choice}
              onChange={(event) => setChoice(event.currentTarget.value)}
              data={[
                { value: '', label: intl.formatMessage({ id: 'directory.maturity.choose' }) },
                ...(overall ? [] : [{ value: OVERALL, label: overallName }]),
                ...free.map((dimension) => ({
                  value: dimension,
                  label: dimensionLabel(intl, dimension),
                })),
              ]}
            />
            <Button size="sm" variant="light" disabled={!choice} onClick={add}>
              {intl.formatMessage({ id: 'directory.maturity.addButton' })}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
