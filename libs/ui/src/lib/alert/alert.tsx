import './alert.css';

/** Announces a failure: an optional title, the message, and one line per detail (e.g. each rejected field). */
export function Alert({
  title,
  message,
  details = [],
}: {
  title?: string;
  message: string;
  details?: readonly string[];
}) {
  return (
    <div role="alert" className="alert alert-error">
      {title && <p className="alert-title">{title}</p>}
      <p>{message}</p>
      {details.length > 0 && (
        <ul>
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
