import type { IncomingMessage } from 'node:http';

/**
 * Browsers must come from an allowed origin or the API's own; clients without an Origin
 * header (servers, the command line) still have to authenticate.
 */
export function originAllowed(req: Pick<IncomingMessage, 'headers'>, allowlist: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) {
    return true;
  }
  if (allowlist.includes(origin)) {
    return true;
  }
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
