import '../button/button.css';

/** A form's submit button, disabled and (given a pending label) relabelled while the submit is in flight. */
export function SubmitButton({
  pending,
  label,
  pendingLabel = label,
  tone = 'primary',
  block = false,
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  /** Danger for submits that end or refuse something. */
  tone?: 'primary' | 'danger';
  /** Full width, as on the sign-in and registration cards. */
  block?: boolean;
}) {
  return (
    <button
      type="submit"
      className={`button button-${tone}${block ? ' button-block' : ''}`}
      disabled={pending}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
