/** Moves focus to the named control so keyboard and screen-reader users land on the first problem. */
export function focusField(form: HTMLFormElement, name: string): void {
  const control = form.elements.namedItem(name);
  if (control instanceof HTMLElement) {
    control.focus();
  } else if (control instanceof RadioNodeList) {
    const first = control[0];
    if (first instanceof HTMLElement) {
      first.focus();
    }
  }
}
