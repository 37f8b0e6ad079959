import type { AuthResponse, ErrorBody, RegisterRequest } from '@torchbridge/contracts';
import { buildRegistration } from '@torchbridge/testing';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A tiny fetch wrapper that keeps tests readable: status, parsed JSON body, headers. */
export async function call<T = unknown>(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string>; raw?: string } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined || options.raw !== undefined) {
    headers['content-type'] ??= 'application/json';
  }
  if (options.token) {
    headers['authorization'] = `Bearer ${options.token}`;
  }
  const res = await fetch(`${base}${path}`, {
    method: method.toUpperCase(),
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Non-JSON bodies (HTML, empty) stay as text.
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

export type ErrorReply = Reply<ErrorBody>;

export async function registerUser(
  base: string,
  overrides: Partial<RegisterRequest> = {},
): Promise<AuthResponse & { registration: RegisterRequest }> {
  const registration = buildRegistration(overrides);
  const reply = await call<AuthResponse>(base, 'post', '/api/auth/register', {
    body: { ...registration, tokenDelivery: 'body' },
  });
  if (reply.status !== 201) {
    throw new Error(`register failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return { ...reply.body, registration };
}
