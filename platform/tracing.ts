/**
 * OpenTelemetry traces, off by default: with OTEL_TRACES_EXPORTER=otlp (or console) each process
 * starts the SDK (`@opentelemetry/sdk-node`, which reads the standard OTEL_* variables: endpoint,
 * protocol, headers, sampler) and a request becomes one trace — the gateway's server span, each
 * subgraph's server span as its child (the trace context travels in `traceparent`, from the gateway
 * and from a subgraph asking another), and one span per SQL statement, its text masked. Health
 * checks are not traced. Without an exporter the API is a no-op: nothing is recorded.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { z } from 'zod';
import { requestId } from './request-id.js';
import { maskedSql } from './sql-log.js';

/** The exporters a deployment may name (OTEL_TRACES_EXPORTER); none: tracing off. */
export const tracesExporter = z.enum(['none', 'otlp', 'console']).default('none');
export type TracesExporter = z.infer<typeof tracesExporter>;

const tracer = () => trace.getTracer('tne-graph');

/** Starts tracing for this process when an exporter is named; stop() flushes what is left. */
export async function startTracing(service: string, exporter: TracesExporter): Promise<{ stop: () => Promise<void> } | undefined> {
  if (exporter === 'none') return undefined;
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const sdk = new NodeSDK({ serviceName: `tne-graph-${service}`, instrumentations: [] });
  sdk.start();
  return { stop: () => sdk.shutdown() };
}

/** Handles one HTTP request inside a server span, child of the trace its caller sent (traceparent). */
export function inServerSpan<T>(req: IncomingMessage, res: ServerResponse, work: () => Promise<T>): Promise<T> {
  const path = (req.url ?? '/').split('?')[0]!;
  if (path.startsWith('/health')) return work(); // polled every few seconds: noise in any trace store
  const parent = propagation.extract(context.active(), req.headers);
  const attributes = { 'http.request.method': req.method ?? 'GET', 'url.path': path, 'tne.request_id': requestId() ?? '' };
  return tracer().startActiveSpan(`${req.method} ${path}`, { kind: SpanKind.SERVER, attributes }, parent, async (span) => {
    try {
      return await work();
    } finally {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  });
}

/** Adds the current trace context to an outgoing request's headers (W3C traceparent, tracestate). */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/** Records an answered SQL statement as a span of the current trace: its masked text and duration. */
export function traceStatement(sql: string, tookMs: number): void {
  if (!trace.getActiveSpan()?.isRecording()) return;
  const end = Date.now();
  const attributes = { 'db.system.name': 'postgresql', 'db.query.text': maskedSql(sql) };
  tracer()
    .startSpan(sql.trimStart().split(/\s/, 1)[0]!.toLowerCase(), { kind: SpanKind.CLIENT, startTime: end - tookMs, attributes })
    .end(end);
}
