import { NativeSelect, Stack } from '@mantine/core';
import { useIntl } from 'react-intl';

import type { AdoptionStatus, MaturityDimension } from '../../gql/graphql';
import type { DirectoryState } from './directory-url';
import { DIMENSIONS, GROUPS, isOneOf, KINDS, REGIONS } from './directory-values';
import type { DirectoryOfficesResult } from './directory.graphql';
import { countsOf, fieldError, standardCounts, type Counts } from './facets';
import { CheckboxFacet, MultiSelectFacet } from './filter-controls';
import {
  adoptionStatusLabel,
  dimensionLabel,
  groupLabel,
  kindLabel,
  languageName,
  regionLabel,
  standardTitle,
} from './labels';
import { MaturityFilter } from './maturity-filter';

/** The adoption choices offered; other combinations (from a link) are shown as they are. */
const ADOPTION_CHOICES: readonly (readonly AdoptionStatus[])[] = [
  [],
  ['COMPLETE'],
  ['PARTIAL'],
  ['NONE'],
];

interface OfficeFiltersProps {
  readonly state: DirectoryState;
  readonly data: DirectoryOfficesResult | undefined;
  readonly fields: Readonly<Record<string, string>> | undefined;
  readonly onChange: (change: Partial<DirectoryState>) => void;
}

export function OfficeFilters({ state, data, fields, onChange }: OfficeFiltersProps) {
  const intl = useIntl();
  const main = data?.offices.facets;
  /** A field with a choice is counted without its own filter (see DirectoryOffices). */
  const counts = (
    field: string,
    alias:
      | 'regionCounts'
      | 'kindCounts'
      | 'languageCounts'
      | 'groupCounts'
      | 'needCounts'
      | 'offerCounts',
    selected: readonly string[],
  ): Counts | undefined =>
    countsOf(selected.length > 0 ? (data?.[alias]?.facets ?? main) : main, field);
  const message = (id: string) => intl.formatMessage({ id });
  const dimension = (value: MaturityDimension) => dimensionLabel(intl, value);
  const adoptionKey = state.adoption.join(',');
  const adoptionChoices = ADOPTION_CHOICES.some((choice) => choice.join(',') === adoptionKey)
    ? ADOPTION_CHOICES
    : [...ADOPTION_CHOICES, state.adoption];

  return (
    <Stack gap="lg">
      <CheckboxFacet
        label={message('directory.filter.region')}
        values={REGIONS}
        selected={state.regions}
        counts={counts('REGION', 'regionCounts', state.regions)}
        labelOf={(value) => regionLabel(intl, value)}
        onChange={(regions) => onChange({ regions })}
        error={fieldError(fields, 'filter.regions')}
      />
      <CheckboxFacet
        label={message('directory.filter.kind')}
        values={KINDS}
        selected={state.kinds}
        counts={counts('KIND', 'kindCounts', state.kinds)}
        labelOf={(value) => kindLabel(intl, value)}
        onChange={(kinds) => onChange({ kinds })}
        error={fieldError(fields, 'filter.kinds')}
      />
      <MultiSelectFacet
        label={message('directory.filter.officeLanguage')}
        placeholder={message('directory.filter.anyLanguage')}
        selected={state.languages}
        counts={counts('LANGUAGE', 'languageCounts', state.languages)}
        labelOf={(code) => languageName(intl, code, 'standalone')}
        onChange={(languages) => onChange({ languages })}
        error={fieldError(fields, 'filter.languages')}
      />
      <CheckboxFacet
        label={message('directory.filter.group')}
        description={message('directory.filter.groupHint')}
        values={GROUPS}
        selected={state.groups}
        counts={counts('GROUP', 'groupCounts', state.groups)}
        labelOf={(value) => groupLabel(intl, value)}
        onChange={(groups) => onChange({ groups })}
        error={fieldError(fields, 'filter.groups')}
      />
      <MaturityFilter
        maturity={state.maturity}
        overall={state.overall}
        countsOf={(target) =>
          countsOf(main, target === 'OVERALL' ? 'OVERALL_LEVEL' : `MATURITY_${target}`)
        }
        onChange={(change) => onChange(change)}
        fields={fields}
      />
      <MultiSelectFacet<MaturityDimension>
        label={message('directory.filter.needs')}
        placeholder={message('directory.filter.anyDimension')}
        selected={state.needs}
        values={DIMENSIONS}
        counts={counts('NEED', 'needCounts', state.needs)}
        labelOf={dimension}
        onChange={(needs) => onChange({ needs })}
        error={fieldError(fields, 'filter.needs')}
      />
      <MultiSelectFacet<MaturityDimension>
        label={message('directory.filter.offers')}
        placeholder={message('directory.filter.anyDimension')}
        selected={state.offers}
        values={DIMENSIONS}
        counts={counts('OFFER', 'offerCounts', state.offers)}
        labelOf={dimension}
        onChange={(offers) => onChange({ offers })}
        error={fieldError(fields, 'filter.offers')}
      />
      <MultiSelectFacet
        label={message('directory.filter.standards')}
        description={message('directory.filter.standardsHint')}
        placeholder={message('directory.filter.anyStandard')}
        selected={state.standards}
        counts={standardCounts(countsOf(main, 'STANDARD'), state.adoption)}
        labelOf={(code) => {
          const title = standardTitle(intl, code);
          return title ? `${code} · ${title}` : code;
        }}
        pillOf={(code) => code}
        onChange={(standards) => onChange({ standards })}
        error={fieldError(fields, 'filter.standards')}
      />
      <NativeSelect
        label={message('directory.filter.adoption')}
        value={adoptionKey}
        onChange={(event) =>
          onChange({
            adoption: event.currentTarget.value
              .split(',')
              .filter((status): status is AdoptionStatus =>
                isOneOf<AdoptionStatus>(['COMPLETE', 'PARTIAL', 'NONE'], status),
              ),
          })
        }
        data={adoptionChoices.map((choice) => ({
          value: choice.join(','),
          label:
            choice.length === 0
              ? message('directory.filter.adoptionDefault')
              : choice.map((status) => adoptionStatusLabel(intl, status)).join(', '),
        }))}
      />
    </Stack>
  );
}
