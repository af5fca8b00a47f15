import { Checkbox, NativeSelect, Stack } from '@mantine/core';
import { useIntl } from 'react-intl';

import type { DirectoryState } from './directory-url';
import { POSITIONS, REGIONS } from './directory-values';
import type { DirectoryMembersResult } from './directory.graphql';
import { countOf, countsOf, fieldError, type Counts } from './facets';
import { CheckboxFacet, MultiSelectFacet } from './filter-controls';
import { languageName, positionLabel, regionLabel, withCount } from './labels';

interface PeopleFiltersProps {
  readonly state: DirectoryState;
  readonly data: DirectoryMembersResult | undefined;
  readonly fields: Readonly<Record<string, string>> | undefined;
  readonly onChange: (change: Partial<DirectoryState>) => void;
}

export function PeopleFilters({ state, data, fields, onChange }: PeopleFiltersProps) {
  const intl = useIntl();
  const main = data?.members.facets;
  const counts = (
    field: string,
    alias: 'regionCounts' | 'positionCounts' | 'languageCounts',
    selected: readonly string[],
  ): Counts | undefined =>
    countsOf(selected.length > 0 ? (data?.[alias]?.facets ?? main) : main, field);
  const message = (id: string) => intl.formatMessage({ id });
  const areaNames = new Map(data?.expertiseAreas.map((area) => [area.code, area.name]) ?? []);
  const mentors = countOf(countsOf(main, 'AVAILABLE_TO_MENTOR'), 'true');

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
        label={message('directory.filter.position')}
        values={POSITIONS}
        selected={state.positions}
        counts={counts('POSITION', 'positionCounts', state.positions)}
        labelOf={(value) => positionLabel(intl, value)}
        onChange={(positions) => onChange({ positions })}
        error={fieldError(fields, 'filter.positions')}
      />
      <MultiSelectFacet
        label={message('directory.filter.spokenLanguage')}
        placeholder={message('directory.filter.anyLanguage')}
        selected={state.languages}
        counts={counts('LANGUAGE', 'languageCounts', state.languages)}
        labelOf={(code) => languageName(intl, code, 'standalone')}
        onChange={(languages) => onChange({ languages })}
        error={fieldError(fields, 'filter.languages')}
      />
      <MultiSelectFacet
        label={message('directory.filter.expertise')}
        description={message('directory.filter.expertiseHint')}
        placeholder={message('directory.filter.anyExpertise')}
        selected={state.expertise}
        counts={countsOf(main, 'EXPERTISE')}
        labelOf={(code) => areaNames.get(code) ?? code}
        onChange={(expertise) => onChange({ expertise })}
        error={fieldError(fields, 'filter.expertise')}
      />
      <NativeSelect
        label={message('directory.filter.expertiseLevel')}
        value={String(state.expertiseLevel ?? 1)}
        onChange={(event) => {
          const level = Number(event.currentTarget.value);
          onChange({ expertiseLevel: level === 2 || level === 3 ? level : null });
        }}
        data={[1, 2, 3].map((level) => ({
          value: String(level),
          label: intl.formatMessage({ id: `directory.filter.expertiseAtLeast.${level}` }),
        }))}
      />
      <Checkbox
        label={withCount(intl, message('directory.filter.mentor'), mentors)}
        checked={state.mentor}
        onChange={(event) => onChange({ mentor: event.currentTarget.checked })}
      />
    </Stack>
  );
}
