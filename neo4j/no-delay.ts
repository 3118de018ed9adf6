// TCP_NODELAY for the Bolt driver's sockets. neo4j-driver 5.28 for Node leaves Nagle's algorithm on
// (node-channel.js only calls setKeepAlive(true) on a new socket; the Python and Rust drivers set
// TCP_NODELAY since 2024): a small Bolt message then waits for the server's delayed ACK, and a
// canned query the server answers in 5 ms took 50–60 ms at the median on the 1,000-document graph
// (14–21 ms with it off; bench/neo4j-bench.ts). The driver offers no socket option, so the one
// socket call it does make turns Nagle off as well. Setting TCP_NODELAY changes when bytes leave,
// never what is sent, so any other socket that enables keep-alive only gets its writes sooner.
import { Socket } from 'node:net';

const PATCHED = Symbol.for('policy-graph.no-delay');

export function disableNagleForDriverSockets(): void {
  const proto = Socket.prototype as Socket & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const setKeepAlive = proto.setKeepAlive;
  proto.setKeepAlive = function (this: Socket, ...args: Parameters<Socket['setKeepAlive']>) {
    this.setNoDelay(true);
    return setKeepAlive.apply(this, args);
  };
  proto[PATCHED] = true;
}

disableNagleForDriverSockets();
