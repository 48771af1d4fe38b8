import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from './i18n';
import { isLanguage, languageNames, supportedLanguages } from './languages';

export function LanguageSwitcher({ hideLabel = false }: { hideLabel?: boolean }) {
  const { t, i18n } = useTranslation();
  const label = t('language.label');
  return (
    <NativeSelect
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      value={i18n.resolvedLanguage}
      onChange={(event) => {
        const language = event.currentTarget.value;
        if (isLanguage(language)) void chooseLanguage(i18n, language);
      }}
    >
      {supportedLanguages.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageNames[language]}
        </option>
      ))}
    </NativeSelect>
  );
}
