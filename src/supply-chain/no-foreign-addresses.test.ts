import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const TEXT_FILES = /\.(ts|tsx|mjs|js|css|json|html)$/;
/**
 * Addresses that never leave the machine, that name a standard rather than fetch from it, or
 * that sit under the reserved .invalid and .example domains (RFC 2606), which nothing answers.
 */
const LOCAL = /^https?:\/\/(localhost|127\.0\.0\.1|www\.w3\.org|[\w.-]+\.(invalid|example))\b/;
const COMMENT = /^\s*(\/\/|\*|\/\*)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return TEXT_FILES.test(entry.name) ? [path] : [];
  });
}

describe('src/', () => {
  it('names no web address beyond this machine outside comments (the app works offline)', () => {
    const found = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          COMMENT.test(line)
            ? []
            : (line.match(/https?:\/\/[a-zA-Z][^\s'"`)]*/g) ?? [])
                .filter((address) => !LOCAL.test(address))
                .map((address) => `${relative(SRC, file)}:${i + 1}: ${address}`),
        ),
    );
    expect(found).toEqual([]);
  });
});
