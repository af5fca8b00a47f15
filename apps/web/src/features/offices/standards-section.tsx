import { Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import type { OfficePageQuery } from '../../gql/graphql';
import { DemoDataBadge } from './demo-data';
import { adoptionStatusLabel } from './labels';
import { EmptyState } from './section';

type Adoption = OfficePageQuery['office']['standards'][number];

/** `YYYY-MM-DD` as a date of the interface's language (read as a calendar day, not an instant). */
function PlannedDate({ value }: { value: string }) {
  const intl = useIntl();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime())) return <>{value}</>;
  return <>{intl.formatDate(day, { dateStyle: 'medium', timeZone: 'UTC' })}</>;
}

/** WIPO standards the office reported on: status, planned date, comment. */
export function StandardsTable({
  standards,
  officeIllustrative,
}: {
  standards: readonly Adoption[];
  officeIllustrative: boolean;
}) {
  const intl = useIntl();
  if (standards.length === 0)
    return (
      <EmptyState>
        <FormattedMessage id="office.standards.empty" />
      </EmptyState>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
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
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {standards.map((adoption) => (
            <Table.Tr key={adoption.standard}>
              <Table.Th scope="row" fw={500}>
                {adoption.standard}
                {adoption.illustrative && !officeIllustrative && (
                  <>
                    {' '}
                    <DemoDataBadge size="xs" />
                  </>
                )}
              </Table.Th>
              <Table.Td>{adoptionStatusLabel(intl, adoption.status)}</Table.Td>
              <Table.Td>
                {adoption.plannedDate ? <PlannedDate value={adoption.plannedDate} /> : '—'}
              </Table.Td>
              <Table.Td>{adoption.comment ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
