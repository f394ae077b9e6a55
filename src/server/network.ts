import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/**
 * The machine's IPv4 addresses on its networks (not loopback), in the order the system lists
 * them: where students' phones can reach the hub.
 */
export function lanAddresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  const addresses: string[] = [];
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      // Node 18.0-18.3 said 4 instead of 'IPv4'.
      const ipv4 = info.family === 'IPv4' || (info.family as unknown) === 4;
      if (ipv4 && !info.internal && !addresses.includes(info.address)) addresses.push(info.address);
    }
  }
  return addresses;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Whether a listening host takes connections from other machines. */
export function listensOnNetwork(host: string): boolean {
  return !isLoopback(host);
}

/** The origins students would use for a server listening on host:port. */
export function joinOrigins(host: string, port: number, addresses: () => string[]): string[] {
  if (isLoopback(host)) return [];
  if (host === '0.0.0.0' || host === '::') return addresses().map((ip) => `http://${ip}:${port}`);
  return [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
}
