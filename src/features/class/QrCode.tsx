import encodeQR from 'qr';
import { useMemo } from 'react';

/** Quiet zone around the code, in modules: the standard asks for four. */
const QUIET_MODULES = 4;

/**
 * `text` as a QR code, drawn as one SVG path on this device (nothing is fetched). Medium error
 * correction keeps the modules large for a given address, which a far phone needs most.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const modules = encodeQR(text, 'raw', { ecc: 'medium', border: QUIET_MODULES });
    let d = '';
    modules.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { size: modules.length, path: d };
  }, [text]);
  return (
    <svg
      className="class-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="class-qr"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
