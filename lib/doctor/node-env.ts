// The real environment behind lib/doctor/checks.ts: child processes, the file system, fetch and a
// listen probe, each with a hard timeout.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readdir, readFile, stat, statfs } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import type { DoctorEnv, ExecResult, PortState } from './checks';

function run(file: string, args: readonly string[], options: { timeoutMs: number; cwd?: string }) {
  return new Promise<ExecResult>((done) => {
    execFile(
      file,
      [...args],
      {
        cwd: options.cwd,
        timeout: options.timeoutMs,
        killSignal: 'SIGKILL',
        encoding: 'utf8',
        maxBuffer: 1024 * 1024,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) return done({ code: 0, stdout, stderr });
        const e = error as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
        if (e.code === 'ENOENT' || e.code === 'EACCES')
          return done({ code: null, stdout, stderr: stderr || e.message, failure: 'not-found' });
        if (e.killed) return done({ code: null, stdout, stderr, failure: 'timeout' });
        if (typeof e.code === 'number') return done({ code: e.code, stdout, stderr });
        done({ code: null, stdout, stderr: stderr || e.message, failure: 'error' });
      },
    );
  });
}

function probePort(port: number, host: string, timeoutMs: number): Promise<PortState> {
  return new Promise((done) => {
    const server = createServer();
    const timer = setTimeout(() => {
      server.close();
      done('unknown');
    }, timeoutMs);
    server.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      done(error.code === 'EADDRINUSE' ? 'in-use' : error.code === 'EACCES' ? 'denied' : 'unknown');
    });
    server.listen({ port, host, exclusive: true }, () => {
      clearTimeout(timer);
      server.close(() => done('free'));
    });
  });
}

export function createNodeEnv(projectRoot: string): DoctorEnv {
  return {
    projectRoot,
    vars: process.env,
    nodeVersion: process.version,
    homeDir: homedir(),
    isRoot: process.getuid?.() === 0,
    exec: run,
    fs: {
      exists: (path) =>
        access(path, constants.F_OK).then(
          () => true,
          () => false,
        ),
      readText: (path) => readFile(path, 'utf8').catch(() => undefined),
      mtimeMs: (path) =>
        stat(path).then(
          (s) => s.mtimeMs,
          () => undefined,
        ),
      readDir: (path) => readdir(path).catch(() => undefined),
      freeBytes: (path) =>
        statfs(path).then(
          (s) => s.bavail * s.bsize,
          () => undefined,
        ),
    },
    async fetch(url, { timeoutMs }) {
      const signal = AbortSignal.timeout(timeoutMs);
      const response = await fetch(url, { signal });
      return { status: response.status, body: await response.text() };
    },
    net: { probePort },
  };
}
