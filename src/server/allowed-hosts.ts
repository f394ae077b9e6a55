import { hostname as machineName } from 'node:os';
import { isLoopback } from './network.ts';

/**
 * The host names the server answers to. A page on another site can point its own name at this
 * machine (DNS rebinding) and then read and write the class as if it were the atlas's own page,
 * since the browser thinks it talks to that site. The browser still sends the name it looked up
 * in `Host`, so an unknown name is turned away before anything else.
 */
export interface AllowedHosts {
  allows(hostHeader: string | undefined): boolean;
}

export interface AllowedHostsOptions {
  /** The host the server listens on (a wildcard listens on every address). */
  listenHost: string;
  /** The machine's network addresses, asked each time: Wi-Fi comes and goes. */
  lanAddresses: () => string[];
  /** More names, for a server behind a proxy or a local DNS name: `ATLAS_HOSTS=a.lan,b.lan`. */
  extraNames?: readonly string[];
  /** The machine's own name, answered as `name` and `name.local`. */
  machineName?: string;
}

/** A wildcard is where the server listens, never a name a browser asks for. */
const WILDCARDS = new Set(['0.0.0.0', '::']);

export function allowedHosts(options: AllowedHostsOptions): AllowedHosts {
  const name = (options.machineName ?? machineName()).toLowerCase();
  const fixed = new Set(
    [
      ...(WILDCARDS.has(options.listenHost) ? [] : [options.listenHost]),
      ...(options.extraNames ?? []),
      ...(name === '' ? [] : [name, `${name}.local`]),
    ].map((host) => host.toLowerCase()),
  );
  return {
    allows(hostHeader) {
      const host = hostOf(hostHeader);
      if (host === null) return false;
      return isLoopback(host) || fixed.has(host) || options.lanAddresses().includes(host);
    },
  };
}

/** Only the loopback names: the default for a server nobody else can reach. */
export const LOOPBACK_ONLY: AllowedHosts = {
  allows: (hostHeader) => {
    const host = hostOf(hostHeader);
    return host !== null && isLoopback(host);
  },
};

/** The name in a `Host` header, lower-case, without its port or an IPv6 address's brackets. */
export function hostOf(hostHeader: string | undefined): string | null {
  const value = hostHeader?.trim().toLowerCase() ?? '';
  const match = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::\d{1,5})?$/.exec(value);
  if (match === null) return null;
  return match[1] ?? match[2] ?? null;
}
