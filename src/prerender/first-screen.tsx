import { renderToString } from 'react-dom/server';
import { atlasElement } from '../app/atlas-element';

/**
 * The atlas as an opening link without parameters shows it (explore mode, no point, no filter),
 * as HTML. The build writes it into index.html so the notice and the list paint before any
 * script has run; the browser then hydrates it (src/app/main.tsx).
 */
export function renderFirstScreen(): string {
  return renderToString(atlasElement());
}
