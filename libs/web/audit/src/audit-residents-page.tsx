import { Anchor, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { AuditResidentsDocument } from '@bridgeway/web-graphql';
import { PageHeader, QueryState } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

/** Managers pick a resident here to see who looked at or changed their record. */
export function AuditResidentsPage() {
  const { t } = useTranslation('audit');
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const { data, previousData, loading, error, refetch } = useQuery(AuditResidentsDocument, {
    variables: { search: debounced || null },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <Anchor component={Link} to="/audit/log">
        {t('log.orgLog')}
      </Anchor>
      <TextInput
        type="search"
        label={t('search')}
        maw={420}
        autoComplete="off"
        value={search}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setSearchParams(value ? { q: value } : {}, { replace: true });
        }}
      />
      <QueryState data={shown} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ residents }) =>
          residents.edges.length === 0 ? (
            <Text role="status">{t('noResidents')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={360} type="native" tabIndex={0}>
              <Table striped captionSide="top" verticalSpacing="xs">
                <Table.Caption>{t('residentsCaption', { count: residents.totalCount })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.resident')}</Table.Th>
                    <Table.Th scope="col">{t('columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {residents.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/residents/${node.id}/audit`}>
                          {node.firstName} {node.lastName}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{t(`residentStatus.${node.status}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}
