import { Component, type ReactNode } from 'react';
import { SceneMessage } from './SceneMessage';
import { BODY_URL } from './BodyModel';

interface State {
  error: Error | null;
}

/** Catches a model that is missing or corrupt, and says so, without taking the page down. */
export class SceneErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <SceneMessage title="The 3D body could not be loaded">
        The file <code>{BODY_URL}</code> failed: {this.state.error.message}
      </SceneMessage>
    );
  }
}
