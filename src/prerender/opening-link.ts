import { createHash } from 'node:crypto';
import { OPENING_LINK_ATTRIBUTE } from './opening-link-attribute.ts';

/**
 * The prerendered first screen is the plain link's. A link that opens a point, a filter or a
 * mode would otherwise flash that plain screen (and shift it) before the app draws the right
 * one, so this inline script, run before the body is parsed, marks such a link and app.css
 * keeps #root hidden until src/app/main.tsx has drawn it.
 */
export const OPENING_LINK_SCRIPT = `if(location.search)document.documentElement.setAttribute('${OPENING_LINK_ATTRIBUTE}','')`;

/** The script's CSP source: the policy allows exactly this inline script and no other. */
export const OPENING_LINK_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(OPENING_LINK_SCRIPT).digest('base64')}'`;
