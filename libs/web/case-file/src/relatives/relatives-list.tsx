import { List, Text } from '@mantine/core';
import { SectionCard } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import type { CaseFileRelativeLink } from '../case-file-types';

/** Family members and close people linked to the resident. */
export function RelativesList({ relatives }: { relatives: readonly CaseFileRelativeLink[] }) {
  const { t } = useTranslation('case-file');
  return (
    <SectionCard title={t('relatives.title')}>
      {relatives.length === 0 ? (
        <Text c="gray.7">{t('relatives.empty')}</Text>
      ) : (
        <List spacing={4}>
          {relatives.map((link) => (
            <List.Item key={link.relative.id}>
              <Text span fw={600}>
                {link.relative.firstName} {link.relative.lastName}
              </Text>{' '}
              <Text span c="gray.7">
                ({t(`relationship.${link.relationship}`)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
