import { useFieldIds } from '../field-ids/field-ids';
import { FieldError, FieldHint } from '../field-parts/field-parts';
import type { Choice } from '../choice-group/choice-group';
import '../choice-group/choice-group.css';

export interface CheckboxGroupProps<V extends string> {
  legend: string;
  name: string;
  values: readonly V[];
  choices: readonly Choice<V>[];
  onChange(values: V[]): void;
  hint?: string;
  error?: string;
}

/** A labelled set of checkboxes for picking several codes; keeps the choices' order in the result. */
export function CheckboxGroup<V extends string>({
  legend,
  name,
  values,
  choices,
  onChange,
  hint,
  error,
}: CheckboxGroupProps<V>) {
  const ids = useFieldIds(Boolean(hint), Boolean(error));
  const legendId = `${ids.control}legend`;

  function toggle(value: V, checked: boolean) {
    const next = new Set(values);
    if (checked) {
      next.add(value);
    } else {
      next.delete(value);
    }
    onChange(
      choices.map((choice) => choice.value).filter((code) => next.has(code)),
    );
  }

  return (
    <fieldset
      aria-labelledby={legendId}
      aria-describedby={ids.describedBy}
      aria-invalid={error ? true : undefined}
      className="field choice-group"
    >
      <legend id={legendId} className="field-label">
        {legend}
      </legend>
      <FieldHint ids={ids} hint={hint} />
      <FieldError ids={ids} error={error} />
      <div className="choice-row">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="choice choice-compact"
            lang={choice.lang}
          >
            <input
              type="checkbox"
              name={name}
              value={choice.value}
              checked={values.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.target.checked)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
