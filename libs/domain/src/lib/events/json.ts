import { EventInputError, type EventInstance } from './types';

/**
 * Reads an `event schedule` document from UTF-8 bytes (a byte-order mark is skipped). Only the JSON is checked
 * here; {@link scheduleEvent} validates the fields. Throws {@link EventInputError} with field `input`.
 */
export function parseEventJson(bytes: Uint8Array): EventInstance {
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? bytes.subarray(3)
      : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new EventInputError('input', 'not valid UTF-8');
  }
  try {
    return JSON.parse(text) as EventInstance;
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new EventInputError('input', `invalid JSON (${reason})`);
  }
}
