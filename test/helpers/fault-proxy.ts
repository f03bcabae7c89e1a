import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a local server (dynalite, an Alexa API stand-in), whose
 * behaviour a test switches at any moment:
 *  - 'pass'      forwards both ways (after `delayMs`, when set);
 *  - 'blackhole' accepts connections and never answers (nothing is forwarded);
 *  - 'reset'     accepts and at once resets the connection;
 *  - 'refuse'    stops listening (connection refused), until switched back.
 * Switching away from 'pass' also cuts the connections already open, as a network fault would.
 */
export type FaultMode = 'pass' | 'blackhole' | 'reset' | 'refuse';

export interface FaultProxy {
  readonly endpoint: string;
  mode: FaultMode;
  /** Added before each chunk is forwarded, in 'pass' mode. */
  delayMs: number;
  /** Connections accepted so far. */
  readonly connections: number;
  set(mode: FaultMode): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string | (() => string)): Promise<FaultProxy> {
  const targetUrl = () => new URL(typeof target === 'string' ? target : target());
  const open = new Set<Socket>();
  let server: Server;
  let port = 0;
  let connections = 0;
  const state = { mode: 'pass' as FaultMode, delayMs: 0 };

  const track = (s: Socket) => {
    open.add(s);
    s.on('close', () => open.delete(s));
    s.on('error', () => undefined);
  };

  const onConnection = (client: Socket) => {
    connections += 1;
    track(client);
    if (state.mode === 'reset') return void client.resetAndDestroy();
    if (state.mode === 'blackhole') return; // accepted, never answered
    const url = targetUrl();
    const upstream = connect(Number(url.port), url.hostname);
    track(upstream);
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (chunk) => {
        if (state.mode !== 'pass') return;
        if (state.delayMs > 0) setTimeout(() => to.writable && to.write(chunk), state.delayMs);
        else to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    // What was already sent still arrives (a request the client gave up on can land), then the other side closes.
    const later = (s: Socket) => () => setTimeout(() => s.destroy(), state.delayMs + 20);
    client.on('close', later(upstream));
    upstream.on('close', later(client));
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer(onConnection);
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of open) s.destroy();
      server.close(() => resolve());
    });

  await listen();
  let listening = true;
  const proxy: FaultProxy = {
    endpoint: `http://127.0.0.1:${port}`,
    get mode() {
      return state.mode;
    },
    set mode(m: FaultMode) {
      void proxy.set(m);
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    get connections() {
      return connections;
    },
    async set(m: FaultMode) {
      const was = state.mode;
      state.mode = m;
      if (m !== 'pass' && was === 'pass') for (const s of open) s.destroy();
      if (m === 'refuse' && listening) {
        listening = false;
        await stop();
      } else if (m !== 'refuse' && !listening) {
        listening = true;
        await listen();
      }
    },
    async close() {
      if (listening) await stop();
      listening = false;
    },
  };
  return proxy;
}
