export const OUTBOX_KEY = ['dev-outbox'] as const;
