import { Component, type ReactNode } from 'react';
import { useAtlasStore } from '../../state/atlas-store';

/**
 * Where the bones cannot be loaded (the file missing, a decoder error), the bones are switched
 * off and the switch says why; the body and everything else go on as before.
 */
export class BonesErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn('The bones layer could not be loaded:', error);
    useAtlasStore.getState().actions.failBones();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
