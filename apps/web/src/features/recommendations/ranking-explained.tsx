import { Accordion, Stack, Table, Text } from '@mantine/core';
import { useIntl } from 'react-intl';

import type { MatchKind } from '../../gql/graphql';
import {
  EXPERT_FACTORS,
  factorExplanation,
  factorLabel,
  formatSigned,
  KIND_FACTORS,
  type FactorRow,
} from './match-factors';

/**
 * "How is this ranked?": the factors of the list shown, their points and what each measures,
 * folded away until asked for.
 */
export function RankingExplained({ kind }: { kind: MatchKind | 'EXPERT' }) {
  const intl = useIntl();
  const message = (id: string) => intl.formatMessage({ id });
  const rows: readonly FactorRow[] = kind === 'EXPERT' ? EXPERT_FACTORS : KIND_FACTORS[kind];
  const prefix = kind === 'EXPERT' ? 'experts' : 'recommendations';
  return (
    <Accordion variant="contained" radius="md" chevronPosition="left">
      <Accordion.Item value="ranking">
        <Accordion.Control>
          <Text size="sm" fw={600}>
            {message(`${prefix}.ranking.title`)}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <Text size="sm">{message(`${prefix}.ranking.intro`)}</Text>
            {kind !== 'EXPERT' && (
              <Text size="sm">{message(`recommendations.ranking.kind.${kind}`)}</Text>
            )}
            <Table.ScrollContainer minWidth={320}>
              <Table fz="sm" verticalSpacing={6} horizontalSpacing="xs">
                <Table.Caption>{message(`${prefix}.ranking.caption`)}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{message('recommendations.ranking.factor')}</Table.Th>
                    <Table.Th scope="col" ta="end">
                      {message('recommendations.ranking.points')}
                    </Table.Th>
                    <Table.Th scope="col">{message('recommendations.ranking.counts')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.factor}>
                      <Table.Th scope="row" fw={600}>
                        {factorLabel(intl, row.factor)}
                      </Table.Th>
                      <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                        {formatSigned(intl, row.points)}
                      </Table.Td>
                      <Table.Td>{factorExplanation(intl, row.factor, kind)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {kind !== 'EXPERT' && (
              <Text size="sm">{message('recommendations.ranking.excluded')}</Text>
            )}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
