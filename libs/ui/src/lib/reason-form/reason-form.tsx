import { useRef, useState, type FormEvent } from 'react';
import { SubmitRow } from '../submit-row/submit-row';
import { TextAreaField } from '../text-area-field/text-area-field';
import '../button/button.css';
import '../form/form.css';

/** Shorter reasons are refused before anything is sent. */
const MIN_REASON_LENGTH = 3;

/** A negative decision that needs a written reason: textarea, confirm and cancel. */
export function ReasonForm({
  label,
  hint,
  requiredMessage,
  serverError,
  confirmLabel,
  cancelLabel,
  pending,
  reason,
  onReasonChange,
  onConfirm,
  onCancel,
}: {
  label: string;
  hint: string;
  requiredMessage: string;
  serverError: string | undefined;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  /** Kept by the caller so a draft survives cancelling and reopening. */
  reason: string;
  onReasonChange(reason: string): void;
  onConfirm(reason: string): void;
  onCancel(): void;
}) {
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [attempted, setAttempted] = useState(false);
  const reasonProblem =
    reason.trim().length < MIN_REASON_LENGTH ? requiredMessage : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (reasonProblem) {
      reasonRef.current?.focus();
      return;
    }
    onConfirm(reason.trim());
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextAreaField
        ref={reasonRef}
        label={label}
        hint={hint}
        name="reason"
        rows={3}
        required
        maxLength={1000}
        value={reason}
        onChange={(event) => onReasonChange(event.target.value)}
        error={(attempted ? reasonProblem : undefined) ?? serverError}
        autoFocus
      />
      <SubmitRow pending={pending} label={confirmLabel} tone="danger">
        <button
          type="button"
          className="button button-secondary"
          onClick={onCancel}
        >
          {cancelLabel}
        </button>
      </SubmitRow>
    </form>
  );
}
