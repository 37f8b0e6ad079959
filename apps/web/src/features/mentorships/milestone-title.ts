import {
  MILESTONE_LABELS,
  pickLabel,
  type Locale,
  type MilestoneView,
} from '@torchbridge/contracts';

/** A custom milestone carries its own title; the others read in the UI language. */
export function milestoneTitle(
  milestone: MilestoneView,
  locale: Locale,
): string {
  return milestone.code === 'custom' && milestone.title
    ? milestone.title
    : pickLabel(MILESTONE_LABELS[milestone.code], locale);
}
