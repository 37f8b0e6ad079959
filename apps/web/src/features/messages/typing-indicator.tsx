import { useTranslation } from 'react-i18next';

export function TypingIndicator({ names }: { names: string[] }) {
  const { t } = useTranslation('messages');
  return (
    <p className="typing-indicator muted" aria-live="polite">
      {names.map((name) => t('typing', { name })).join(' ')}
    </p>
  );
}
