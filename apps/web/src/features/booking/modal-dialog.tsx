import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal `<dialog>`: the browser keeps focus inside and Escape closes it; focus goes back where it was on close.
 * Where `showModal` is missing (older engines, jsdom) it still opens as a plain dialog.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  className,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) {
      return;
    }
    const opener =
      document.activeElement instanceof HTMLElement
        ? document.activeElement
        : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) {
        dialog.showModal();
      }
    } else {
      dialog.setAttribute('open', '');
    }
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) {
        dialog.close();
      }
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`booking-dialog${className ? ` ${className}` : ''}`}
      onCancel={(event) => {
        // The parent unmounts the dialog, so its state stays the one source of truth.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
