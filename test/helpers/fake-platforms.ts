// Starts the platform fakes on a plain node:http server on a random port, for tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeRoutes, type FakePlatforms, type FakeRoutesOptions } from '../../lib/local/fakes';
import type { LocalRoute } from '../../lib/local/routes';

export interface RunningFakes {
  fakes: FakePlatforms;
  origin: string;
  server: Server;
  close(): Promise<void>;
}

export async function startFakes(
  options: FakeRoutesOptions = {},
  extra: LocalRoute[] = [],
): Promise<RunningFakes> {
  const fakes = createFakeRoutes(options);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      for (const route of [...extra, fakes.handle]) if (await route(req, res, url)) return;
      res.writeHead(404).end('not found');
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    fakes,
    origin,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A clock tests move by hand, with a sleep that advances it instead of waiting. */
export function manualClock(start = Date.parse('2026-11-21T10:00:00Z')) {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    sleeps,
  };
}

export const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };
