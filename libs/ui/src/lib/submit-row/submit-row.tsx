import type { ReactNode } from 'react';
import { StatusMessage } from '../status-message/status-message';
import { SubmitButton } from './submit-button';
import '../form/form.css';

/** A form's submit button, labelled while it works, with any other actions and the success line beside it. */
export function SubmitRow({
  pending,
  label,
  pendingLabel,
  tone,
  done,
  children,
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  tone?: 'primary' | 'danger';
  /** The success line, or undefined until the last submit succeeded. */
  done?: string;
  /** Further buttons after the submit, such as cancel. */
  children?: ReactNode;
}) {
  return (
    <div className="form-actions">
      <SubmitButton
        pending={pending}
        label={label}
        pendingLabel={pendingLabel}
        tone={tone}
      />
      {children}
      {done !== undefined && (
        <StatusMessage className="success-text">{done}</StatusMessage>
      )}
    </div>
  );
}
