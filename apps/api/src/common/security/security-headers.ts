import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';
import { AppConfig } from '../../config/app-config';

/** Where the API docs (Swagger UI) live; their page has inline styles, so it gets its own policy. */
const DOCS_PATH = '/api/docs';

/** A host (and port) fit to be written into a header; anything else is left out. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * The page's own origin as ws:// and wss://. CSP Level 3 lets 'self' cover same-origin sockets, but older Safari
 * and Firefox do not, and the web app's socket would be refused there. PUBLIC_URL names the origin when set;
 * otherwise the Host header does (it only shapes the answer to the request that sent it).
 */
function socketOrigins(config: AppConfig): (req: IncomingMessage) => string {
  const fixed = config.PUBLIC_URL ? new URL(config.PUBLIC_URL).host : undefined;
  return (req) => {
    const host = fixed ?? req.headers.host ?? '';
    return HOST.test(host) ? `ws://${host} wss://${host}` : '';
  };
}

function policy(config: AppConfig, styleSrc: string[]) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': styleSrc,
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'", socketOrigins(config)],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Helmet's headers with a Content-Security-Policy: the built web app has no inline script or style (React sets
 * styles through the DOM, which CSP allows), so everything is 'self'. Swagger UI writes inline <style> blocks and
 * style attributes, so /api/docs alone also allows inline styles; its scripts are files of our origin.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const app = policy(config, ["'self'"]);
  const docs = policy(config, ["'self'", "'unsafe-inline'"]);
  return (req: Request, res: Response, next: NextFunction) => (req.path === DOCS_PATH || req.path.startsWith(`${DOCS_PATH}/`) ? docs : app)(req, res, next);
}
