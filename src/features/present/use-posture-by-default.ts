import { useEffect } from 'react';
import { useAtlasStore } from '../../state/atlas-store';

/**
 * A class sees each point in the posture it is worked in: Present turns the posture view on
 * (its switch on the stage keeps the figure standing) and gives back the explorer's choice on
 * the way out.
 */
export function usePostureByDefault() {
  useEffect(() => {
    const { showPosture: before, actions } = useAtlasStore.getState();
    actions.setShowPosture(true);
    return () => actions.setShowPosture(before);
  }, []);
}
