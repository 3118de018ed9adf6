// DNS rebinding guard: a page on evil.example whose name was re-pointed at 127.0.0.1 sends
// `Host: evil.example`; only names of this machine's loopback and the bound address pass.
import type { RequestHandler } from 'express';
import { sendError } from './errors.js';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]', '::1'];

export function allowedHostNames(host?: string, extra: string[] = []): Set<string> {
  const names = new Set([...LOOPBACK, ...extra.map((h) => h.toLowerCase())]);
  if (host && host !== '0.0.0.0' && host !== '::') names.add(host.includes(':') ? `[${host}]` : host.toLowerCase());
  return names;
}

/** The host name of a Host header, without the port (`[::1]:5170` → `[::1]`). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d+$/, '');
}

export function hostCheck(host?: string, extra?: string[]): RequestHandler {
  const allowed = allowedHostNames(host, extra);
  return (req, res, next) => {
    const header = req.headers.host;
    if (header && allowed.has(hostName(header))) return next();
    sendError(res, 403, 'ForbiddenHost', `This server answers only requests addressed to ${[...allowed].filter((n) => n !== '::1').join(', ')}.`);
  };
}
