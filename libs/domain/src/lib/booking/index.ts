export {
  blockOf,
  checkSlot,
  DEFAULT_SLOT_STEP_MINUTES,
  expandSlots,
  type BusyRange,
  type ExpandInput,
  type Slot,
  type SlotRefusal,
  type SlotRefusalCode,
  type SlotRulesInput,
} from './slots';
export {
  bestSlots,
  rankSlots,
  type PersonHours,
  type RankedSlot,
} from './rank';
export {
  AVAILABILITY_LIMITS,
  validateAvailability,
  type AvailabilityProblem,
} from './validate-availability';
