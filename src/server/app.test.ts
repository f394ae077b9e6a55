import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { classPaths } from '../class/protocol.ts';
import { allowedHosts, hostOf } from './allowed-hosts.ts';
import { rawRequest } from './testing/http.ts';
import { call, startHub, type RunningHub } from './testing/hub.ts';

vi.setConfig({ testTimeout: 5000, hookTimeout: 5000 });

let running: RunningHub;
beforeAll(async () => {
  running = await startHub();
});
afterAll(() => running.stop());

describe('the host names the server answers to', () => {
  it('reads the name from Host, without port or brackets', () => {
    expect(hostOf('LocalHost:4173')).toBe('localhost');
    expect(hostOf('[::1]:4173')).toBe('::1');
    expect(hostOf('192.168.1.20')).toBe('192.168.1.20');
    expect(hostOf('evil.example:80, other')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
  });

  it('answers to loopback, its network addresses, its own name and the names it is given', () => {
    let addresses = ['192.168.1.20'];
    const hosts = allowedHosts({
      listenHost: '0.0.0.0',
      lanAddresses: () => addresses,
      extraNames: ['atlas.school.lan', 'proxy.lan:8080', '[fd00::1]'],
      machineName: 'Classroom-PC',
    });
    for (const host of [
      'localhost:4173',
      '127.0.0.1',
      '[::1]:4173',
      '192.168.1.20:4173',
      'classroom-pc:4173',
      'classroom-pc.local',
      'atlas.school.lan',
      'proxy.lan',
      '[fd00::1]:4173',
    ])
      expect(hosts.allows(host), host).toBe(true);
    for (const host of [
      'evil.example',
      '0.0.0.0:4173',
      '192.168.1.21',
      // A name that only looks like loopback: anyone can point it at this machine.
      '127.evil.example:4173',
      '127.0.0.1.evil.example',
      '',
      undefined,
    ])
      expect(hosts.allows(host), String(host)).toBe(false);
    // A laptop that joins another Wi-Fi answers at its new address without a restart.
    addresses = ['10.0.0.7'];
    expect(hosts.allows('10.0.0.7:4173')).toBe(true);
    expect(hosts.allows('192.168.1.20:4173')).toBe(false);
  });

  it('turns away a write under a foreign name even when its Origin matches that name', async () => {
    const forged = await call(running.port, {
      path: classPaths.sessions,
      headers: { Host: 'rebound.example', Origin: 'http://rebound.example' },
    });
    expect(forged.status).toBe(421);
    expect(forged.body.toString()).toMatch(/does not answer to that host name/);
    const page = await rawRequest(running.port, {
      path: '/',
      headers: { Host: 'rebound.example:4173', Accept: 'text/html' },
    });
    expect(page.status).toBe(421);
    // The server goes on serving everyone else.
    expect((await call(running.port, { path: classPaths.sessions })).status).toBe(201);
  });
});

describe('security headers', () => {
  it('come with every answer: page, missing file, API refusal and stream', async () => {
    const answers = [
      await rawRequest(running.port, { path: '/', headers: { Accept: 'text/html' } }),
      await rawRequest(running.port, { path: '/missing.js' }),
      await rawRequest(running.port, { path: '/api/class/sessions/nope/events' }),
      await call(running.port, { path: classPaths.sessions, body: { wrong: 1 } }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 404, 404, 400]);
    for (const { headers } of answers) {
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(headers['permissions-policy']).toMatch(/fullscreen=\(self\)/);
    }
  });

  it('come with a 304 too', async () => {
    const first = await rawRequest(running.port, { path: '/index.html' });
    const again = await rawRequest(running.port, {
      path: '/index.html',
      headers: { 'If-None-Match': String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });
});

describe('a body sent where none is taken', () => {
  it('is not read: the answer comes at once and the connection closes', async () => {
    const { port } = running;
    const outcome = await new Promise<{ head: string; closed: boolean }>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let text = '';
      socket.setEncoding('latin1');
      socket.on('error', () => {}); // a reset after the answer is the point
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('close', () => resolve({ head: text, closed: true }));
      socket.on('connect', () => {
        // Says a gigabyte is coming, sends a little, and then nothing: a server that reads the
        // body to its end would wait here for ever.
        socket.write(
          'POST /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n' +
            'Content-Length: 1000000000\r\n\r\n',
        );
        socket.write(Buffer.alloc(64 * 1024, 120));
      });
      setTimeout(() => reject(new Error(`still open after 3 s; got: ${text}`)), 3000);
    });
    expect(outcome.head).toMatch(/^HTTP\/1\.1 405/);
    expect(outcome.head).toMatch(/\r\nconnection: close\r\n/i);
    expect(outcome.closed).toBe(true);
  });
});
