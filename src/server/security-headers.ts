import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY_HEADER } from '../prerender/content-security-policy.ts';

/**
 * What the browser may do with anything this server sends. The policy also stands in the page's
 * own tag; the header adds that no other site may frame the atlas. No address leaves the page in
 * a Referer (a class code is in the address). Of the powerful features, the atlas uses only
 * fullscreen (Present), the screen wake lock (the routine) and the share sheet (a reminder), and
 * only on its own pages; the rest are off.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': [
    'camera=()',
    'microphone=()',
    'geolocation=()',
    'payment=()',
    'usb=()',
    'serial=()',
    'bluetooth=()',
    'midi=()',
    'fullscreen=(self)',
    'screen-wake-lock=(self)',
    'web-share=(self)',
  ].join(', '),
  'X-Content-Type-Options': 'nosniff',
};

/** Set before any answer is written, so every status, a 304 included, carries them. */
export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}
