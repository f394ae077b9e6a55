/**
 * Set on <html> while a link with parameters opens, until the app has drawn what it asks for
 * (see opening-link.ts). Browser-safe: src/app/main.tsx imports it.
 */
export const OPENING_LINK_ATTRIBUTE = 'data-opening-link';
