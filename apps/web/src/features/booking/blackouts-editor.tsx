import { TextField } from '@torchbridge/ui';
import { useTranslation } from 'react-i18next';
import type { DraftBlackout } from './availability-draft';

/** Ranges with no sessions at all (holidays, travel), read on the availability's zone. */
export function BlackoutsEditor({
  blackouts,
  onChange,
  fieldProblem,
}: {
  blackouts: DraftBlackout[];
  onChange(blackouts: DraftBlackout[]): void;
  fieldProblem(path: string, label: string): string | undefined;
}) {
  const { t } = useTranslation('booking');
  const change = (index: number, next: DraftBlackout) =>
    onChange(blackouts.map((b, i) => (i === index ? next : b)));
  return (
    <div className="override-list">
      {blackouts.length === 0 && (
        <p className="muted">{t('availability.noBlackouts')}</p>
      )}
      {blackouts.map((blackout, index) => {
        const path = `blackouts.${index}`;
        const legend = t('availability.blackoutLegend', { number: index + 1 });
        return (
          <fieldset key={index} className="override-row">
            <legend className="field-label">{legend}</legend>
            <div className="blackout-row">
              <TextField
                type="datetime-local"
                label={t('availability.blackoutStart')}
                name={`${path}.start`}
                value={blackout.start}
                onChange={(event) =>
                  change(index, { ...blackout, start: event.target.value })
                }
                error={fieldProblem(
                  `${path}.start`,
                  t('availability.blackoutStart'),
                )}
              />
              <TextField
                type="datetime-local"
                label={t('availability.blackoutEnd')}
                name={`${path}.end`}
                value={blackout.end}
                onChange={(event) =>
                  change(index, { ...blackout, end: event.target.value })
                }
                error={fieldProblem(
                  `${path}.end`,
                  t('availability.blackoutEnd'),
                )}
              />
              <TextField
                label={t('availability.blackoutNote')}
                name={`${path}.note`}
                maxLength={200}
                value={blackout.note}
                onChange={(event) =>
                  change(index, { ...blackout, note: event.target.value })
                }
                error={fieldProblem(
                  `${path}.note`,
                  t('availability.blackoutNote'),
                )}
              />
            </div>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => onChange(blackouts.filter((_, i) => i !== index))}
            >
              {t('availability.removeBlackout', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onChange([...blackouts, { start: '', end: '', note: '' }])
          }
        >
          {t('availability.addBlackout')}
        </button>
      </p>
    </div>
  );
}
