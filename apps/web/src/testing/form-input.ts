import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Picks an option in the select labelled `name`; pass the option element when its text holds characters markup escapes (&). */
export function pickOption(
  user: UserEvent,
  name: string,
  option: string | HTMLElement,
): Promise<void> {
  return user.selectOptions(screen.getByRole('combobox', { name }), option);
}

/** Types into the text box labelled `name` (user-event key syntax such as {Enter} applies). */
export function typeText(
  user: UserEvent,
  name: string,
  text: string,
): Promise<void> {
  return user.type(screen.getByRole('textbox', { name }), text);
}

/** Types into the number field labelled `name`. */
export function typeNumber(
  user: UserEvent,
  name: string,
  text: string,
): Promise<void> {
  return user.type(screen.getByRole('spinbutton', { name }), text);
}
