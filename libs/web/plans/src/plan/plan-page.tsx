import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  RemoveFundingDocument,
  RemoveIndicatorDocument,
  RemoveMilestoneDocument,
  RemoveObjectiveDocument,
  StrategicPlanEditorDocument,
  type PlanEditorFragment,
} from '@bridgeway/web-graphql';
import { FormDialog, PageHeader, QueryState, useFormatters } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { yearsOf } from '../shared/plan-period';
import { refetchPlan } from '../shared/submission';
import { EditPlanForm } from './edit-plan-form';
import { FundingForm } from './funding-form';
import { FundingSection } from './funding-section';
import { IndicatorForm } from './indicator-form';
import { MilestoneForm } from './milestone-form';
import { MilestonesSection } from './milestones-section';
import { ObjectiveForm } from './objective-form';
import { ObjectivesSection } from './objectives-section';

/** What the editor's dialog shows; an edited record is looked up by id in the plan as read now. */
export type EditorDialog =
  | { kind: 'plan' }
  | { kind: 'objective'; id?: string }
  | { kind: 'indicator'; objectiveId: string; id?: string }
  | { kind: 'milestone'; id?: string }
  | { kind: 'funding'; id?: string }
  | { kind: 'remove'; what: 'objective' | 'indicator' | 'milestone' | 'funding'; id: string; name: string };

/** The plan editor: name and period; objectives with indicators; milestones; funding. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(StrategicPlanEditorDocument, {
    variables: { planId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
      {({ strategicPlan }) => <PlanEditor plan={strategicPlan} />}
    </QueryState>
  );
}

function PlanEditor({ plan }: { plan: PlanEditorFragment }) {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const close = () => setDialog(null);
  const organisationPlan = plan.level === 'ORGANISATION';
  const planYears = yearsOf(plan.periodStart, plan.periodEnd);
  const indicators = plan.objectives.flatMap((objective) => objective.indicators);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/plans" size="sm">
        {t('editor.back')}
      </Anchor>
      <PageHeader
        title={plan.name}
        description={
          <>
            {t('period', { from: format.date(plan.periodStart), to: format.date(plan.periodEnd) })}
            {' · '}
            {plan.consortium ? plan.consortium.name : t(`level.${plan.level}`)}
          </>
        }
        actions={
          <Group gap="sm">
            <Button variant="default" onClick={() => setDialog({ kind: 'plan' })}>
              {t('editor.editPlan')}
            </Button>
            <Button component={Link} to={`/plans/${plan.id}/report`}>
              {t('editor.openReport')}
            </Button>
          </Group>
        }
      />
      {plan.description && <Text style={{ whiteSpace: 'pre-line' }}>{plan.description}</Text>}
      <ObjectivesSection plan={plan} onDialog={setDialog} />
      <MilestonesSection milestones={plan.milestones} onDialog={setDialog} />
      <FundingSection funding={plan.funding} onDialog={setDialog} />

      <FormDialog opened={dialog?.kind === 'plan'} onClose={close} title={t('editor.editPlan')}>
        <EditPlanForm plan={plan} onSaved={close} onCancel={close} />
      </FormDialog>
      <FormDialog
        opened={dialog?.kind === 'objective'}
        onClose={close}
        title={dialog?.kind === 'objective' && dialog.id ? t('objective.editTitle') : t('objective.addTitle')}
      >
        {dialog?.kind === 'objective' && (
          <ObjectiveForm
            planId={plan.id}
            objective={plan.objectives.find((objective) => objective.id === dialog.id)}
            onSaved={close}
            onCancel={close}
          />
        )}
      </FormDialog>
      <FormDialog
        opened={dialog?.kind === 'indicator'}
        onClose={close}
        title={dialog?.kind === 'indicator' && dialog.id ? t('indicator.editTitle') : t('indicator.addTitle')}
      >
        {dialog?.kind === 'indicator' && (
          <IndicatorForm
            objectiveId={dialog.objectiveId}
            indicator={indicators.find((indicator) => indicator.id === dialog.id)}
            organisationPlan={organisationPlan}
            planYears={planYears}
            onSaved={close}
            onCancel={close}
          />
        )}
      </FormDialog>
      <FormDialog
        opened={dialog?.kind === 'milestone'}
        onClose={close}
        title={dialog?.kind === 'milestone' && dialog.id ? t('milestone.editTitle') : t('milestone.addTitle')}
      >
        {dialog?.kind === 'milestone' && (
          <MilestoneForm
            planId={plan.id}
            milestone={plan.milestones.find((milestone) => milestone.id === dialog.id)}
            onSaved={close}
            onCancel={close}
          />
        )}
      </FormDialog>
      <FormDialog
        opened={dialog?.kind === 'funding'}
        onClose={close}
        title={dialog?.kind === 'funding' && dialog.id ? t('funding.editTitle') : t('funding.addTitle')}
      >
        {dialog?.kind === 'funding' && (
          <FundingForm
            planId={plan.id}
            funding={plan.funding.find((funding) => funding.id === dialog.id)}
            defaultCurrency={plan.funding[0]?.currency}
            onSaved={close}
            onCancel={close}
          />
        )}
      </FormDialog>
      <RemoveDialog dialog={dialog?.kind === 'remove' ? dialog : null} onClose={close} />
    </Stack>
  );
}

/** "Remove …?" for an objective (with its indicators), an indicator, a milestone or a funding. */
function RemoveDialog({ dialog, onClose }: { dialog: Extract<EditorDialog, { kind: 'remove' }> | null; onClose(): void }) {
  const { t } = useTranslation('plans');
  const [removeObjective] = useMutation(RemoveObjectiveDocument, refetchPlan);
  const [removeIndicator] = useMutation(RemoveIndicatorDocument, refetchPlan);
  const [removeMilestone] = useMutation(RemoveMilestoneDocument, refetchPlan);
  const [removeFunding] = useMutation(RemoveFundingDocument, refetchPlan);
  const remove = (): Promise<unknown> => {
    if (!dialog) return Promise.resolve();
    const { what, id } = dialog;
    if (what === 'objective') return removeObjective({ variables: { objectiveId: id } });
    if (what === 'indicator') return removeIndicator({ variables: { indicatorId: id } });
    if (what === 'milestone') return removeMilestone({ variables: { milestoneId: id } });
    return removeFunding({ variables: { fundingId: id } });
  };
  return (
    <ConfirmDialog
      opened={!!dialog}
      title={dialog ? t(`remove.${dialog.what}.title`, { name: dialog.name }) : ''}
      body={dialog ? t(`remove.${dialog.what}.body`) : ''}
      confirmLabel={t('actions.remove')}
      danger
      onConfirm={remove}
      onClose={onClose}
    />
  );
}
