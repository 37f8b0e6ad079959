import { useTranslation } from 'react-i18next';
import { TextField } from '@torchbridge/ui';

export function EmailField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('fields.email')}
      name="email"
      type="email"
      autoComplete="email"
      inputMode="email"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}
