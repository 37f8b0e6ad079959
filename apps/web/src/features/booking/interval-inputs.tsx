import { TextField } from '@torchbridge/ui';
import { useTranslation } from 'react-i18next';
import type { DraftInterval } from './availability-draft';

/** From and until of one stretch of a day, and a button that removes it. */
export function IntervalInputs({
  value,
  name,
  onChange,
  onRemove,
  removeLabel,
  startError,
  endError,
}: {
  value: DraftInterval;
  /** Field path the API uses for this interval, e.g. `rules.2`; the inputs are named after it. */
  name: string;
  onChange(next: DraftInterval): void;
  onRemove(): void;
  removeLabel: string;
  startError?: string;
  endError?: string;
}) {
  const { t } = useTranslation('booking');
  return (
    <div className="interval-row">
      <TextField
        type="time"
        label={t('availability.from')}
        name={`${name}.startMinute`}
        step={300}
        value={value.start}
        onChange={(event) => onChange({ ...value, start: event.target.value })}
        error={startError}
      />
      <TextField
        type="time"
        label={t('availability.until')}
        name={`${name}.endMinute`}
        step={300}
        value={value.end}
        onChange={(event) => onChange({ ...value, end: event.target.value })}
        error={endError}
      />
      <button
        type="button"
        className="button button-secondary interval-remove"
        aria-label={removeLabel}
        onClick={onRemove}
      >
        {t('availability.remove')}
      </button>
    </div>
  );
}
