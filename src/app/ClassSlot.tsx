import { Suspense, useEffect, useState } from 'react';
import { afterNextFrame } from '../lib/after-next-frame';
import { ClassLayer } from './lazy-features';

/**
 * The class's panels, asked for only once the first screen has painted: the classroom code is
 * its own chunk and never holds the notice and the list back.
 */
export function ClassSlot() {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextFrame(() => setPainted(true)), []);
  if (!painted) return null;
  return (
    <Suspense fallback={null}>
      <ClassLayer />
    </Suspense>
  );
}
