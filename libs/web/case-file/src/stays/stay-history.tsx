import { FiguresTable, SectionCard, useFormatters, type FiguresColumn } from '@bridgeway/web-components';
import { useBedName } from '@bridgeway/web-stays';
import { useTranslation } from 'react-i18next';
import type { CaseFileStay } from '../case-file-types';

/** Every stay in a residence, newest first. */
export function StayHistory({ stays }: { stays: readonly CaseFileStay[] }) {
  const { t } = useTranslation('case-file');
  const bedName = useBedName();
  const format = useFormatters();
  const ordered = [...stays].sort((a, b) => b.admittedOn.localeCompare(a.admittedOn));
  const columns: FiguresColumn<CaseFileStay>[] = [
    { key: 'residence', header: t('stayHistory.residence'), cell: (stay) => stay.residence.name },
    {
      key: 'bed',
      header: t('stayHistory.bed'),
      cell: (stay) => (stay.bed ? bedName(stay.bed) : '—'),
    },
    { key: 'admitted', header: t('stayHistory.admittedOn'), cell: (stay) => format.date(stay.admittedOn) },
    {
      key: 'discharged',
      header: t('stayHistory.dischargedOn'),
      cell: (stay) => (stay.dischargedOn ? format.date(stay.dischargedOn) : t('stayHistory.current')),
    },
    {
      key: 'reason',
      header: t('stayHistory.reason'),
      cell: (stay) => (stay.dischargeReason ? t(`dischargeReasons.${stay.dischargeReason}`) : ''),
    },
  ];
  return (
    <SectionCard title={t('stayHistory.title')}>
      <FiguresTable
        caption={t('stayHistory.caption')}
        columns={columns}
        rows={ordered}
        rowKey={(stay) => stay.id}
        emptyText={t('stayHistory.empty')}
      />
    </SectionCard>
  );
}
