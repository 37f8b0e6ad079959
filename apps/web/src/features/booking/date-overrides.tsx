import { CheckboxField, TextField } from '@torchbridge/ui';
import { useTranslation } from 'react-i18next';
import type { DraftOverride } from './availability-draft';
import { IntervalInputs } from './interval-inputs';
import { nextInterval } from './weekly-hours';

/** Dates whose hours replace the weekly ones: other hours, or a day off when a date has none. */
export function DateOverrides({
  overrides,
  onChange,
  fieldProblem,
}: {
  overrides: DraftOverride[];
  onChange(overrides: DraftOverride[]): void;
  fieldProblem(path: string, label: string): string | undefined;
}) {
  const { t } = useTranslation('booking');
  const change = (index: number, next: DraftOverride) =>
    onChange(overrides.map((o, i) => (i === index ? next : o)));
  return (
    <div className="override-list">
      {overrides.length === 0 && (
        <p className="muted">{t('availability.noOverrides')}</p>
      )}
      {overrides.map((override, index) => {
        const path = `overrides.${index}`;
        const name = override.date || t('availability.newDate');
        const dayOff = override.intervals.length === 0;
        return (
          <fieldset key={index} className="override-row">
            <legend className="field-label">
              {t('availability.overrideLegend', { date: name })}
            </legend>
            <div className="override-head">
              <TextField
                type="date"
                label={t('availability.date')}
                name={`${path}.date`}
                value={override.date}
                onChange={(event) =>
                  change(index, { ...override, date: event.target.value })
                }
                error={fieldProblem(`${path}.date`, t('availability.date'))}
              />
              <CheckboxField
                label={t('availability.dayOff')}
                name={`${path}.dayOff`}
                checked={dayOff}
                onChange={(event) =>
                  change(index, {
                    ...override,
                    intervals: event.target.checked
                      ? []
                      : [nextInterval(undefined)],
                  })
                }
              />
            </div>
            {override.intervals.map((span, j) => {
              const spanPath = `${path}.intervals.${j}`;
              return (
                <IntervalInputs
                  key={j}
                  value={span}
                  name={spanPath}
                  onChange={(next) =>
                    change(index, {
                      ...override,
                      intervals: override.intervals.map((s, k) =>
                        k === j ? next : s,
                      ),
                    })
                  }
                  onRemove={() =>
                    change(index, {
                      ...override,
                      intervals: override.intervals.filter((_, k) => k !== j),
                    })
                  }
                  removeLabel={t('availability.removeHours', {
                    day: name,
                    from: span.start,
                    until: span.end,
                  })}
                  startError={fieldProblem(
                    `${spanPath}.startMinute`,
                    t('availability.from'),
                  )}
                  endError={fieldProblem(
                    `${spanPath}.endMinute`,
                    t('availability.until'),
                  )}
                />
              );
            })}
            {fieldProblem(`${path}.intervals`, t('availability.hours')) && (
              <p className="field-error">
                {fieldProblem(`${path}.intervals`, t('availability.hours'))}
              </p>
            )}
            <div className="form-actions">
              {!dayOff && (
                <button
                  type="button"
                  className="button button-link"
                  onClick={() =>
                    change(index, {
                      ...override,
                      intervals: [
                        ...override.intervals,
                        nextInterval(override.intervals.at(-1)),
                      ],
                    })
                  }
                >
                  {t('availability.addHours', { day: name })}
                </button>
              )}
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  onChange(overrides.filter((_, i) => i !== index))
                }
              >
                {t('availability.removeOverride', { date: name })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange([...overrides, { date: '', intervals: [] }])}
        >
          {t('availability.addOverride')}
        </button>
      </p>
    </div>
  );
}
