import { useTranslation } from 'react-i18next';

/** Sets document.title (React 19 hoists <title> into <head>) so each screen is announced by name. */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return <title>{`${title} · ${t('app.name')}`}</title>;
}
