import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useSessionFetch } from '@bridgeway/web-auth';
import { ProblemAlert, SectionCard, apiProblemFrom, type ApiProblem, type Period } from '@bridgeway/web-components';
import {
  ExportJobDocument,
  StartExportDocument,
  type DataSubjectKind,
  type ExportFormat,
  type ExportJobFieldsFragment,
  type ExportKind,
  type ExportLanguage,
} from '@bridgeway/web-graphql';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How often a running job is asked for its progress. */
export const EXPORT_POLL_MS = 500;

const LANGUAGES: readonly ExportLanguage[] = ['en', 'nb', 'sl'];

export interface ExportButtonsProps {
  kind: ExportKind;
  /** The consortium (CONSORTIUM_OVERVIEW) or the plan (PROGRESS_REPORT) exported. */
  consortiumId?: string;
  planId?: string;
  /** PERSONAL_DATA: the person whose data is exported (no period). */
  subjectId?: string;
  subjectKind?: DataSubjectKind;
  period?: Period;
  formats?: readonly ExportFormat[];
  /** The file's language when not the user's own (PERSONAL_DATA: the person's). */
  language?: ExportLanguage;
  /** The line above the buttons, when not "Download these figures …". */
  description?: string;
}

type Phase =
  | { step: 'idle' }
  | { step: 'working'; job: ExportJobFieldsFragment }
  | { step: 'downloading'; job: ExportJobFieldsFragment }
  | { step: 'done'; job: ExportJobFieldsFragment }
  | { step: 'failed'; job: ExportJobFieldsFragment }
  | { step: 'downloadFailed'; job: ExportJobFieldsFragment }
  | { step: 'refused'; problem: ApiProblem };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Hands a downloaded file to the browser as a download (a link to the blob, clicked). */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: the browser has started reading the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Export buttons for one report (PDF, XLSX, CSV): each starts an export job on the server, shows
 * its progress while polling it, then downloads the file with the session's token.
 */
export function ExportButtons({ kind, consortiumId, planId, subjectId, subjectKind, period, formats = ['PDF', 'XLSX', 'CSV'], language: chosenLanguage, description }: ExportButtonsProps) {
  const { t, i18n } = useTranslation('exports');
  const client = useApolloClient();
  const sessionFetch = useSessionFetch();
  const [startExport] = useMutation(StartExportDocument);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const language = chosenLanguage ?? LANGUAGES.find((l) => l === i18n.resolvedLanguage) ?? 'en';
  const busy = phase.step === 'working' || phase.step === 'downloading';

  async function download(job: ExportJobFieldsFragment): Promise<void> {
    setPhase({ step: 'downloading', job });
    try {
      const response = await sessionFetch(`/api/exports/${encodeURIComponent(job.id)}/file`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      if (!mounted.current) return;
      saveBlob(blob, job.fileName);
      setPhase({ step: 'done', job });
    } catch {
      if (mounted.current) setPhase({ step: 'downloadFailed', job });
    }
  }

  async function run(format: ExportFormat): Promise<void> {
    let job: ExportJobFieldsFragment;
    try {
      const { data } = await startExport({
        variables: {
          input: {
            kind,
            format,
            ...(consortiumId ? { consortiumId } : {}),
            ...(planId ? { planId } : {}),
            ...(subjectId ? { subjectId, subjectKind } : {}),
            ...(period ? { from: period.from, to: period.to } : {}),
            language,
          },
        },
      });
      if (!data) throw new Error('startExport returned no data');
      job = data.startExport;
    } catch (error) {
      if (mounted.current) setPhase({ step: 'refused', problem: apiProblemFrom(error) });
      return;
    }
    setPhase({ step: 'working', job });
    while (job.status === 'QUEUED' || job.status === 'RUNNING') {
      await wait(EXPORT_POLL_MS);
      if (!mounted.current) return;
      try {
        const { data } = await client.query({ query: ExportJobDocument, variables: { id: job.id }, fetchPolicy: 'network-only' });
        if (!data?.exportJob) throw new Error('The export job is gone');
        job = data.exportJob;
      } catch (error) {
        if (mounted.current) setPhase({ step: 'refused', problem: apiProblemFrom(error) });
        return;
      }
      if (!mounted.current) return;
      setPhase({ step: 'working', job });
    }
    if (job.status === 'FAILED') setPhase({ step: 'failed', job });
    else await download(job);
  }

  const formatName = (format: ExportFormat) => t(`formats.${format}`);

  return (
    <Stack gap="xs">
      <Text size="sm" c="gray.7">
        {description ?? t('description')}
      </Text>
      <Group gap="xs">
        {formats.map((format) => (
          <Button
            key={format}
            variant="default"
            size="sm"
            disabled={busy}
            aria-label={t('start', { format: formatName(format) })}
            onClick={() => void run(format)}
          >
            {formatName(format)}
          </Button>
        ))}
      </Group>
      {phase.step === 'working' && (
        <Stack gap={4}>
          <Progress
            value={phase.job.progress}
            aria-label={t('progressLabel', { format: formatName(phase.job.format) })}
            animated
          />
          <Text size="sm" role="status">
            {phase.job.status === 'QUEUED'
              ? t('queued')
              : t('running', { format: formatName(phase.job.format), progress: phase.job.progress })}
          </Text>
        </Stack>
      )}
      {phase.step === 'downloading' && (
        <Text size="sm" role="status">
          {t('downloading', { fileName: phase.job.fileName })}
        </Text>
      )}
      {phase.step === 'done' && (
        <Group gap="xs">
          <Text size="sm" role="status">
            {t('done', { fileName: phase.job.fileName })}
          </Text>
          <Button size="xs" variant="subtle" onClick={() => void download(phase.job)}>
            {t('again')}
          </Button>
        </Group>
      )}
      {phase.step === 'failed' && (
        <Text size="sm" c="red.8" role="alert">
          {t('failed', { error: phase.job.error ?? '' })}
        </Text>
      )}
      {phase.step === 'downloadFailed' && (
        <Text size="sm" c="red.8" role="alert">
          {t('downloadFailed')}
        </Text>
      )}
      {phase.step === 'refused' && <ProblemAlert problem={phase.problem} />}
    </Stack>
  );
}

/** The buttons as a titled section of a page ("Export"). */
export function ExportSection(props: ExportButtonsProps) {
  const { t } = useTranslation('exports');
  return (
    <SectionCard title={t('title')}>
      <ExportButtons {...props} />
    </SectionCard>
  );
}
