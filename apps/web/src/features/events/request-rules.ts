import type {
  EventParticipantView,
  EventRequestView,
  EventView,
} from '@torchbridge/contracts';

/** Why the viewer cannot ask this participant for a meeting, or null when they can. */
export type RequestBlock =
  | { reason: 'closed' }
  | { reason: 'notRegistered' }
  | { reason: 'noneLeft' }
  | { reason: 'alreadyAsked' }
  | { reason: 'rules'; from: string; to: string };

export function requestBlock(
  event: EventView,
  target: EventParticipantView,
  requests: readonly EventRequestView[],
): RequestBlock | null {
  const me = event.me;
  if (event.status !== 'open') {
    return { reason: 'closed' };
  }
  if (me?.status !== 'approved') {
    return { reason: 'notRegistered' };
  }
  // A withdrawn or declined request does not stop a new one, as on the server.
  const asked = requests.some(
    (r) =>
      (r.status === 'pending' || r.status === 'accepted') &&
      ((r.from.participantId === me.id && r.to.participantId === target.id) ||
        (r.from.participantId === target.id && r.to.participantId === me.id)),
  );
  if (asked) {
    return { reason: 'alreadyAsked' };
  }
  if (
    !event.requestRules.some(
      ([from, to]) => from === me.kind && to === target.kind,
    )
  ) {
    return { reason: 'rules', from: me.kind, to: target.kind };
  }
  if (me.requestsLeft <= 0) {
    return { reason: 'noneLeft' };
  }
  return null;
}
