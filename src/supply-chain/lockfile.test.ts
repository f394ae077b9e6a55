import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

interface LockedPackage {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
}

/** The app's own install, and Lighthouse's, which the bench installs only when asked for. */
const PROJECTS = [
  { folder: '', minimumPackages: 100 },
  { folder: 'src/bench/lighthouse-tool/', minimumPackages: 50 },
];

/** The package name from a lockfile path such as node_modules/a/node_modules/@b/c. */
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 13);

describe.each(PROJECTS)('the committed lockfile in "$folder"', ({ folder, minimumPackages }) => {
  const lock = JSON.parse(read(`${folder}package-lock.json`)) as {
    lockfileVersion: number;
    packages: Record<string, LockedPackage>;
  };
  const installed = Object.entries(lock.packages).filter(([path]) => path !== '');

  it('is a v3 lockfile that npm ci can install from', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(installed.length).toBeGreaterThan(minimumPackages);
  });

  it('takes every package from the configured npm registry, pinned by a sha512 hash', () => {
    // npm records no address for packages of the configured registry
    // (omit-lockfile-registry-resolved); any recorded address would be another source: a git
    // repository, a tarball URL or a local folder.
    const suspicious = installed.filter(
      ([, entry]) =>
        entry.link === true ||
        entry.resolved !== undefined ||
        !/^sha512-[A-Za-z0-9+/]+=*$/.test(entry.integrity ?? ''),
    );
    expect(suspicious.map(([path]) => path)).toEqual([]);
  });

  it('pins every direct dependency to an exact registry version', () => {
    const manifest = JSON.parse(read(`${folder}package.json`)) as Record<
      string,
      Record<string, string>
    >;
    const specs = { ...manifest.dependencies, ...manifest.devDependencies };
    const loose = Object.entries(specs).filter(([, spec]) => !/^\d+\.\d+\.\d+$/.test(spec));
    expect(Object.keys(specs).length).toBeGreaterThan(0);
    expect(loose).toEqual([]);
  });

  it('lists every package with an install script in its README, with why', () => {
    const section = read('src/supply-chain/README.md');
    const withScripts = installed.filter(([, entry]) => entry.hasInstallScript === true);
    for (const [path] of withScripts) expect(section).toContain(`\`${nameOf(path)}\``);
  });
});
