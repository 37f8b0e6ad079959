import '../button/button.css';

/** A list row's action; `name` is the accessible name that says which row it acts on. */
export function RowActionButton({
  primary = false,
  name,
  disabled,
  onClick,
  children,
}: {
  primary?: boolean;
  name: string;
  disabled: boolean;
  onClick(): void;
  children: string;
}) {
  return (
    <button
      type="button"
      className={primary ? 'button button-primary' : 'button button-secondary'}
      aria-label={name}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
