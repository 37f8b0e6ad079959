import type { Locale } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import type { DraftInterval, DraftRule } from './availability-draft';
import {
  ISO_WEEKDAYS,
  minutesToTimeInput,
  timeInputToMinutes,
  weekdayName,
} from './booking-time';
import { IntervalInputs } from './interval-inputs';

/** New hours: 09:00–17:00 on an empty day, else two hours after the day's last stretch. */
export function nextInterval(last: DraftInterval | undefined): DraftInterval {
  if (!last) {
    return { start: '09:00', end: '17:00' };
  }
  const after = timeInputToMinutes(last.end, 'end');
  const start = Number.isNaN(after) ? 9 * 60 : Math.min(after, 23 * 60);
  return {
    start: minutesToTimeInput(start),
    end: minutesToTimeInput(Math.min(start + 120, 24 * 60)),
  };
}

/** The weekly rules grouped by weekday; each rule keeps its index, the path the API names its problems by. */
export function WeeklyHours({
  rules,
  onChange,
  fieldProblem,
  locale,
}: {
  rules: DraftRule[];
  onChange(rules: DraftRule[]): void;
  fieldProblem(path: string, label: string): string | undefined;
  locale: Locale;
}) {
  const { t } = useTranslation('booking');
  return (
    <div className="weekday-list">
      {ISO_WEEKDAYS.map((weekday) => {
        const day = weekdayName(weekday, locale);
        const entries = rules
          .map((rule, index) => ({ rule, index }))
          .filter((entry) => entry.rule.weekday === weekday);
        const last = entries.at(-1)?.rule;
        return (
          <fieldset key={weekday} className="weekday-row">
            <legend className="field-label">{day}</legend>
            {entries.length === 0 && (
              <p className="muted weekday-closed">{t('availability.closed')}</p>
            )}
            {entries.map(({ rule, index }) => {
              const path = `rules.${index}`;
              const whole =
                fieldProblem(path, day) ?? fieldProblem(`${path}.weekday`, day);
              return (
                <div key={index}>
                  <IntervalInputs
                    value={rule}
                    name={path}
                    onChange={(next) =>
                      onChange(
                        rules.map((r, i) =>
                          i === index ? { ...r, ...next } : r,
                        ),
                      )
                    }
                    onRemove={() =>
                      onChange(rules.filter((_, i) => i !== index))
                    }
                    removeLabel={t('availability.removeHours', {
                      day,
                      from: rule.start,
                      until: rule.end,
                    })}
                    startError={fieldProblem(
                      `${path}.startMinute`,
                      t('availability.from'),
                    )}
                    endError={fieldProblem(
                      `${path}.endMinute`,
                      t('availability.until'),
                    )}
                  />
                  {whole && <p className="field-error">{whole}</p>}
                </div>
              );
            })}
            <button
              type="button"
              className="button button-link"
              onClick={() =>
                onChange([...rules, { weekday, ...nextInterval(last) }])
              }
            >
              {t('availability.addHours', { day })}
            </button>
          </fieldset>
        );
      })}
    </div>
  );
}
