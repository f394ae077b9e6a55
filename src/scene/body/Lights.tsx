/**
 * Soft studio light built from plain lights (no environment map to fetch): a sky/ground fill,
 * a warm key from the front right, a cool fill from the left and a rim from behind that keeps
 * the silhouette readable on a washed-out projector.
 */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b9b2aa', 1.9]} />
      <directionalLight color="#fff6ee" intensity={1.7} position={[1.5, 2.5, 3]} />
      <directionalLight color="#eef2ff" intensity={0.6} position={[-2.5, 1.2, 1.5]} />
      <directionalLight color="#ffffff" intensity={0.7} position={[0.5, 2, -3]} />
    </>
  );
}
