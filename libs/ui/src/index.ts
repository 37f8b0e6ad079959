// Class-only styles used directly in app markup (buttons, badges, cards in a grid, tables...): they have no component
// of their own, so the entry loads them, before the components, in the order the cascade relies on.
import './lib/badge/badge.css';
import './lib/details/details.css';
import './lib/link-list/link-list.css';
import './lib/form/form.css';
import './lib/button/button.css';
import './lib/card-list/card-list.css';
import './lib/empty-state/empty-state.css';
import './lib/notice/notice.css';
import './lib/table/table.css';

// Labels and page chrome
export {
  UiLabelsProvider,
  useUiLabels,
  type UiLabels,
} from './lib/ui-labels/ui-labels';
export { PageTitle } from './lib/page-title/page-title';
export { PageHeader } from './lib/page-header/page-header';
export { StatusMessage } from './lib/status-message/status-message';
export { Alert } from './lib/alert/alert';
export {
  QueryState,
  type QueryLike,
  type QueryStateProps,
} from './lib/query-state/query-state';
export { ChipList } from './lib/chip-list/chip-list';
export { RowActionButton } from './lib/row-action-button/row-action-button';

// Form fields
export { useFieldIds, type FieldIds } from './lib/field-ids/field-ids';
export { FieldError, FieldHint } from './lib/field-parts/field-parts';
export {
  FieldShell,
  fieldClassName,
  type FieldControlProps,
  type LabelledFieldProps,
} from './lib/field-shell/field-shell';
export { TextField, type TextFieldProps } from './lib/text-field/text-field';
export {
  BilingualTextField,
  type BilingualSideProps,
} from './lib/bilingual-text-field/bilingual-text-field';
export {
  SelectField,
  type SelectFieldProps,
} from './lib/select-field/select-field';
export {
  TextAreaField,
  type TextAreaFieldProps,
} from './lib/text-area-field/text-area-field';
export {
  ChoiceGroup,
  type Choice,
  type ChoiceGroupProps,
} from './lib/choice-group/choice-group';
export {
  CheckboxGroup,
  type CheckboxGroupProps,
} from './lib/checkbox-group/checkbox-group';
export {
  CheckboxField,
  type CheckboxFieldProps,
} from './lib/checkbox-field/checkbox-field';
export { SubmitRow } from './lib/submit-row/submit-row';
export { SubmitButton } from './lib/submit-row/submit-button';
export { ReasonForm } from './lib/reason-form/reason-form';
export { focusField } from './lib/form-focus/form-focus';

// Calendar and time slots
export {
  isSelectable,
  type Slot,
  type SlotState,
} from './lib/slot-button/slot';
export { SlotButton } from './lib/slot-button/slot-button';
export {
  addDays,
  calendarDate,
  clockTime,
  dateTimeFormat,
  dayHeading,
} from './lib/zoned-time/zoned-time';
export { DayColumn } from './lib/day-column/day-column';
export { WeekGrid, type WeekGridProps } from './lib/week-grid/week-grid';
export {
  TimeZoneBadge,
  type TimeZoneBadgeZone,
} from './lib/time-zone-badge/time-zone-badge';
