import { useFieldIds } from '../field-ids/field-ids';
import { FieldError, FieldHint } from '../field-parts/field-parts';
import './choice-group.css';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** Set when the label is in another language than the page, so screen readers pronounce it right. */
  lang?: string;
}

export interface ChoiceGroupProps<V extends string> {
  legend: string;
  name: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange(value: V): void;
  hint?: string;
  error?: string;
}

/** A labelled set of radio buttons, exposed as a radiogroup named by its legend. */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  hint,
  error,
}: ChoiceGroupProps<V>) {
  const ids = useFieldIds(Boolean(hint), Boolean(error));
  const legendId = `${ids.control}legend`;
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={ids.describedBy}
      className="field choice-group"
    >
      <legend id={legendId} className="field-label">
        {legend}
      </legend>
      <FieldHint ids={ids} hint={hint} />
      <FieldError ids={ids} error={error} />
      <div className="choice-row">
        {choices.map((choice) => (
          <label key={choice.value} className="choice" lang={choice.lang}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
