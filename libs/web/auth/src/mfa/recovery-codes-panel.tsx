import { Alert, Button, CopyButton, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface RecoveryCodesPanelProps {
  codes: readonly string[];
  /** Labelled "I have saved my recovery codes": the codes are not shown again. */
  onDone(): void;
}

/** The new recovery codes, shown this once, with copy and download. */
export function RecoveryCodesPanel({ codes, onDone }: RecoveryCodesPanelProps) {
  const { t } = useTranslation('auth');
  const text = codes.join('\n');

  const download = () => {
    const url = URL.createObjectURL(new Blob([`${t('mfa.codes.fileHeading')}\n\n${text}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'bridgeway-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" title={t('mfa.codes.title')}>
        {t('mfa.codes.body')}
      </Alert>
      <List aria-label={t('mfa.codes.listLabel')} ff="monospace" spacing={4} listStyleType="none" data-testid="recovery-codes">
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('mfa.codes.copied') : t('mfa.codes.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={download}>
          {t('mfa.codes.download')}
        </Button>
      </Group>
      <Text size="sm" c="gray.7">
        {t('mfa.codes.onceOnly')}
      </Text>
      <Button onClick={onDone}>{t('mfa.codes.done')}</Button>
    </Stack>
  );
}
