import { Component, type ReactNode } from 'react';
import { SceneMessage } from './SceneMessage';
import { BODY_URL } from '../body/body-files';
import { describeSceneError } from './scene-error-message';

interface State {
  error: Error | null;
}

/** Catches a model that is missing or corrupt, or a point it cannot place, and says which. */
export class SceneErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const { title, detail } = describeSceneError(this.state.error, BODY_URL);
    return <SceneMessage title={title}>{detail}</SceneMessage>;
  }
}
