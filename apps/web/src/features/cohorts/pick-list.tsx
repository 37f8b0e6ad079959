import type { Locale } from '@torchbridge/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickItem {
  id: string;
  label: string;
  lang?: string;
  detail?: string;
}

/** What the page passes every picker: the current selection and its error. */
export interface PickerProps {
  locale: Locale;
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  error?: string;
}

/** Checkboxes over a filtered list with "Select all shown" and a running count; filters come as children. */
export function PickList({
  legend,
  hint,
  items,
  loaded,
  selected,
  onChange,
  filters,
  more,
  error,
}: {
  legend: string;
  hint?: string;
  /** The items the filters currently show. */
  items: readonly PickItem[];
  /** How many items have been loaded, shown or not. */
  loaded: number;
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  filters?: ReactNode;
  /** A "Load more" control when the directory has further pages. */
  more?: ReactNode;
  error?: string;
}) {
  const { t } = useTranslation('cohorts');
  const id = useId();

  function toggle(itemId: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) {
      next.add(itemId);
    } else {
      next.delete(itemId);
    }
    onChange(next);
  }

  return (
    <fieldset
      className="field pick-list"
      aria-labelledby={`${id}legend`}
      aria-describedby={error ? `${id}error` : undefined}
    >
      <legend id={`${id}legend`} className="field-label">
        {legend}
      </legend>
      {hint && <p className="field-hint">{hint}</p>}
      {error && (
        <p id={`${id}error`} className="field-error">
          {error}
        </p>
      )}
      {filters && <div className="form-row">{filters}</div>}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onChange(new Set([...selected, ...items.map((item) => item.id)]))
          }
        >
          {t('selectShown')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange(new Set())}
        >
          {t('clearSelection')}
        </button>
        <p role="status" className="pick-count">
          {t('selected', { count: selected.size })}
        </p>
      </div>
      <p className="muted">{t('shown', { shown: items.length, loaded })}</p>
      <ul className="pick-items">
        {items.map((item) => (
          <li key={item.id}>
            <label className="choice choice-compact">
              <input
                type="checkbox"
                checked={selected.has(item.id)}
                onChange={(event) => toggle(item.id, event.target.checked)}
              />
              <span lang={item.lang}>{item.label}</span>
              {item.detail && <span className="muted"> · {item.detail}</span>}
            </label>
          </li>
        ))}
      </ul>
      {more}
    </fieldset>
  );
}
