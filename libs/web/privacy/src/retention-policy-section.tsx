import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { DEFAULT_RETENTION_MONTHS, ERASURE_TEXT_MAX, MAX_RETENTION_MONTHS } from '@bridgeway/shared-domain';
import { RetentionPolicySaveDocument, RetentionPolicySettingDocument, type RetentionPolicyFieldsFragment } from '@bridgeway/web-graphql';
import { ProblemAlert, QueryState, SectionCard, submissionFailureOf, useValidationMessage, type ApiProblem } from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monthsOf } from './erasure-draft';

/** The organisation's retention period: months after the last activity, and the law that requires it. */
export function RetentionPolicySection() {
  const { t } = useTranslation('privacy');
  const { data, loading, error, refetch } = useQuery(RetentionPolicySettingDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <SectionCard title={t('policy.title')}>
      <Text size="sm" c="gray.7" mb="sm">
        {t('policy.description')}
      </Text>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ retentionPolicy }) => <RetentionPolicyForm policy={retentionPolicy} />}
      </QueryState>
    </SectionCard>
  );
}

function RetentionPolicyForm({ policy }: { policy: RetentionPolicyFieldsFragment }) {
  const { t } = useTranslation('privacy');
  const client = useApolloClient();
  const validationMessage = useValidationMessage();
  const [months, setMonths] = useState(String(policy.months));
  const [legalBasis, setLegalBasis] = useState(policy.legalBasis ?? '');
  const [errors, setErrors] = useState<{ months?: string; legalBasis?: string }>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(RetentionPolicySaveDocument);
  const parsed = monthsOf(months);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    const found = {
      months: parsed === null ? t('policy.monthsRange', { max: MAX_RETENTION_MONTHS }) : undefined,
      legalBasis: legalBasis.trim().length > ERASURE_TEXT_MAX.legalBasis ? validationMessage('tooLong', { max: ERASURE_TEXT_MAX.legalBasis }) : undefined,
    };
    setErrors(found);
    if (parsed === null || found.legalBasis) return;
    try {
      // The policy has no id to merge by: read it again (its new version), and what depends on it.
      await save({
        variables: { input: { months: parsed, legalBasis: legalBasis.trim() || null, expectedVersion: policy.version } },
        refetchQueries: ['RetentionPolicySetting', 'RetentionReviewList', 'ErasureRequestsList'],
        awaitRefetchQueries: true,
      });
      setSaved(true);
    } catch (error) {
      const failure = submissionFailureOf(error, ['months', 'legalBasis'] as const);
      if (failure.kind === 'fields') setErrors({ months: failure.errors.months && t('policy.monthsRange', { max: MAX_RETENTION_MONTHS }), legalBasis: validationMessage(failure.errors.legalBasis, { max: ERASURE_TEXT_MAX.legalBasis }) });
      else {
        setProblem(failure.problem);
        if (failure.problem.kind === 'conflict') void client.refetchQueries({ include: ['RetentionPolicySetting'] });
      }
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} />}
        {policy.isDefault && <Text size="sm">{t('policy.isDefault', { months: DEFAULT_RETENTION_MONTHS })}</Text>}
        <TextInput
          label={t('policy.months')}
          description={t('policy.monthsDescription', { max: MAX_RETENTION_MONTHS, years: parsed === null ? '' : t('policy.years', { count: Math.round(parsed / 12) }) })}
          inputMode="numeric"
          required
          withAsterisk
          value={months}
          onChange={(event) => setMonths(event.currentTarget.value)}
          error={errors.months}
          maw={320}
        />
        <Textarea
          label={t('policy.legalBasis')}
          description={t('policy.legalBasisDescription')}
          autosize
          minRows={2}
          value={legalBasis}
          onChange={(event) => setLegalBasis(event.currentTarget.value)}
          error={errors.legalBasis}
        />
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            {t('policy.save')}
          </Button>
          {saved && (
            <Text size="sm" role="status">
              {t('policy.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
