import { isAuditAction } from '@bridgeway/shared-domain';
import type { ResidentAuditTrailQuery } from '@bridgeway/web-graphql';
import { FiguresTable, useFormatters, type FiguresColumn } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { isKnownEntityType } from './audit-actions';

export type AuditEntry = ResidentAuditTrailQuery['residentAuditTrail'][number];

/** Who did what to the record and when, newest first. */
export function AuditTrailTable({ entries, caption }: { entries: readonly AuditEntry[]; caption: string }) {
  const { t } = useTranslation('audit');
  const format = useFormatters();
  const columns: FiguresColumn<AuditEntry>[] = [
    { key: 'when', header: t('columns.when'), cell: (entry) => format.dateTime(entry.occurredAt) },
    { key: 'who', header: t('columns.who'), cell: (entry) => entry.userDisplayName ?? t('unknownUser') },
    {
      key: 'action',
      header: t('columns.action'),
      cell: (entry) => (isAuditAction(entry.action) ? t(`actions.${entry.action}`) : entry.action),
    },
    {
      key: 'what',
      header: t('columns.what'),
      cell: (entry) =>
        isKnownEntityType(entry.entityType) ? t(`entityTypes.${entry.entityType}`) : entry.entityType,
    },
  ];
  return (
    <FiguresTable
      caption={caption}
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.id}
      emptyText={t('empty')}
    />
  );
}
