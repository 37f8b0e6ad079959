import { StatusMessage } from '../status-message/status-message';
import '../button/button.css';
import '../form/form.css';

/** A form's submit button, labelled while it works, with the success line beside it. */
export function SubmitRow({
  pending,
  label,
  pendingLabel,
  done,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  /** The success line, or undefined until the last submit succeeded. */
  done: string | undefined;
}) {
  return (
    <div className="form-actions">
      <button
        type="submit"
        className="button button-primary"
        disabled={pending}
      >
        {pending ? pendingLabel : label}
      </button>
      {done !== undefined && (
        <StatusMessage className="success-text">{done}</StatusMessage>
      )}
    </div>
  );
}
