let probedMemo: boolean | undefined;

/**
 * Whether this browser can give the 3D view a WebGL context at all. Asked once per page: every
 * probe costs a context, and Chromium drops the oldest ones (the live view among them) once a
 * page holds too many.
 */
export function webglAvailable(): boolean {
  probedMemo ??= probe();
  return probedMemo;
}

function probe(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null;
  } catch {
    return false;
  }
}
