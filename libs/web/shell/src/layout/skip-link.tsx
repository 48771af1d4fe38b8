import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

/** First focusable element on the page: jumps past the header and navigation. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a className={classes.skipLink} href={`#${targetId}`}>
      {t('app.skipToContent')}
    </a>
  );
}
