import { Table } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import type { ConsortiumPartnerFiguresFragment as Figures } from '@bridgeway/web-graphql';
import { useCountText } from './suppressed-count';

type FigureKey = Exclude<keyof Figures, '__typename' | 'organisation'>;

const figureKeys: readonly FigureKey[] = [
  'residencesOpen',
  'currentResidents',
  'counsellingHours',
  'peopleCounselled',
  'trainingsHeld',
  'goalsAchieved',
];

/** One row per partner and the consortium's totals below, each partner named by a row header. */
export function PartnersTable({ partners, totals }: { partners: readonly Figures[]; totals: Figures }) {
  const { t } = useTranslation('consortium');
  const format = useFormatters();
  const countText = useCountText();
  const cellText = (figures: Figures, key: FigureKey) => {
    const value = figures[key];
    return key === 'counsellingHours' ? format.hours((value ?? 0) * 60) : countText(value);
  };
  const cells = (figures: Figures) =>
    figureKeys.map((key) => (
      <Table.Td key={key} ta="right" data-figure={key}>
        {cellText(figures, key)}
      </Table.Td>
    ));

  return (
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
      <Table striped highlightOnHover captionSide="top" verticalSpacing="xs">
        <Table.Caption>{t('partners.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partners.partner')}</Table.Th>
            {figureKeys.map((key) => (
              <Table.Th key={key} scope="col" ta="right">
                {t(`partners.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((figures, index) => (
            <Table.Tr key={figures.organisation?.id ?? `unknown-${index}`}>
              <Table.Th scope="row" fw="normal">
                {figures.organisation?.name ?? t('partners.unknownPartner')}
              </Table.Th>
              {cells(figures)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="consortium-totals" fw="bold">
            <Table.Th scope="row">{t('partners.totals')}</Table.Th>
            {cells(totals)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
