/**
 * A connection balancer in front of a subgraph's replicas, as a Kubernetes Service is: each new TCP
 * connection goes to the next replica in turn. The gateway keeps a pool of connections alive, so its
 * requests spread over the replicas. Benchmark only (the scaling run).
 */
import net from 'node:net';

export interface Balancer {
  port: number;
  close(): Promise<void>;
}

export async function startBalancer(port: number, targets: readonly number[], host = '127.0.0.1'): Promise<Balancer> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targets[next++ % targets.length]!, host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      // One side gone: the other goes too (the gateway retries on a new connection).
      socket.once('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
