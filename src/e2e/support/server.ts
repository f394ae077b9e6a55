import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Serves dist/ with the same server `npm start` uses, on a free port (or on `port`: a restart
 * on the same address, as after a crash mid-lesson).
 */
export async function startBuiltApp(options: { port?: number } = {}): Promise<RunningServer> {
  const dist = process.env.ATLAS_DIST ?? `${repoRoot}/dist`;
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('dist/ is missing: the browser tests run after `npm run build`');
  }
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/serve.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(options.port ?? 0), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 10 s')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /running at (http:\/\/\S+)/.exec(chunk.toString());
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited early with code ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
