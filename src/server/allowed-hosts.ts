import { hostname as machineName } from 'node:os';

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
  /**
   * More names, for a local DNS name or a proxy: `ATLAS_HOSTS=a.lan,b.lan` (a port or an IPv6
   * address's brackets may be given; they are not compared).
   */
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
    ].flatMap((host) => hostOf(host) ?? []),
  );
  return {
    allows(hostHeader) {
      const host = hostOf(hostHeader);
      if (host === null) return false;
      return isLoopbackName(host) || fixed.has(host) || options.lanAddresses().includes(host);
    },
  };
}

/**
 * A loopback name exactly: `localhost`, `::1`, or a numeric 127.x.y.z. A name that merely
 * starts with "127." (`127.evil.example`) is a name anyone can point anywhere.
 */
export function isLoopbackName(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Only the loopback names: the default for a server nobody else can reach. */
export const LOOPBACK_ONLY: AllowedHosts = {
  allows: (hostHeader) => {
    const host = hostOf(hostHeader);
    return host !== null && isLoopbackName(host);
  },
};

/** The name in a `Host` header, lower-case, without its port or an IPv6 address's brackets. */
export function hostOf(hostHeader: string | undefined): string | null {
  const value = hostHeader?.trim().toLowerCase() ?? '';
  const match = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::\d{1,5})?$/.exec(value);
  if (match === null) return null;
  return match[1] ?? match[2] ?? null;
}
