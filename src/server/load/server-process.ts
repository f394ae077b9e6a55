import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HubStats } from '../class-hub.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerStats {
  memory: NodeJS.MemoryUsage;
  hub: HubStats;
}

export interface ServerProcess {
  port: number;
  /** The server's own memory after a forced GC, and its hub's counts (over IPC). */
  stats(): Promise<ServerStats>;
  /** SIGKILL: a crash, not a clean stop. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `src/server/serve.ts` as `npm start` does, in its own process with --expose-gc and an
 * IPC channel for memory figures (ATLAS_STATS_IPC), on loopback only.
 */
export function startServerProcess(dist: string, port = 0): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'src/server/serve.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        ATLAS_DIST: dist,
        ATLAS_STATS_IPC: '1',
      },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 15 s')), 15_000);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match === null) return;
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve({
        port: Number(match[1]),
        stats: () =>
          new Promise((answer, fail) => {
            const onMessage = (message: unknown) => {
              const reply = message as { type?: string } & ServerStats;
              if (reply.type !== 'stats') return;
              child.off('message', onMessage);
              answer({ memory: reply.memory, hub: reply.hub });
            };
            child.on('message', onMessage);
            if (!child.send('stats')) fail(new Error('the server took no IPC message'));
          }),
        kill: () => {
          child.kill('SIGKILL');
          return exited;
        },
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited early (${code})`));
    });
  });
}
