// Why: with tracing on, one client request must read as one trace across the processes — the
// gateway's span, each subgraph's span as its child (the context travels in `traceparent`), and the
// SQL each subgraph sent, masked — so that an operator follows a slow request to its statement.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { REQUEST_ID_HEADER } from '../../platform/request-id.js';
import { Stack } from '../stack.js';

// The stack runs in this process: one SDK, as each process would start it, spans kept in memory.
const memory = new InMemorySpanExporter();
const sdk = new NodeSDK({ serviceName: 'tne-graph-test', spanProcessors: [new SimpleSpanProcessor({ exporter: memory })], instrumentations: [] });
let stack: Stack;
beforeAll(async () => {
  sdk.start();
  stack = await Stack.start();
});
afterAll(async () => {
  await stack?.stop();
  await sdk.shutdown();
});

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('traces across the gateway, the subgraphs and SQL', () => {
  it('makes one trace of a request: gateway span, subgraph spans under it, SQL spans under those', async () => {
    const id = `trace-${randomBytes(6).toString('hex')}`;
    const { errors } = await stack.query(
      '{ departments(codes: ["18"]) { name pedagogy { tneSchools { value } } finance { grants { value } } parentality { workshopsHeld { value } } } }',
      {
        headers: { [REQUEST_ID_HEADER]: id },
      },
    );
    expect(errors).toBeUndefined();
    const spans = memory.getFinishedSpans();
    const root = spans.find((s) => s.kind === SpanKind.SERVER && s.attributes['tne.request_id'] === id && !parentOf(s));
    expect(root?.name).toBe('POST /graphql');
    const trace = spans.filter((s) => s.spanContext().traceId === root!.spanContext().traceId);
    const byId = new Map(trace.map((s) => [s.spanContext().spanId, s]));
    const descends = (span: ReadableSpan, ancestor: ReadableSpan): boolean => {
      const parent = byId.get(parentOf(span) ?? '');
      return parent !== undefined && (parent === ancestor || descends(parent, ancestor));
    };
    // Each subgraph answered in a server span of the same trace, under the gateway's.
    const subgraphs = trace.filter((s) => s.kind === SpanKind.SERVER && s !== root);
    expect(subgraphs.length).toBeGreaterThanOrEqual(3);
    for (const span of subgraphs) expect(descends(span, root!)).toBe(true);
    // Their statements, each a child span with its text masked.
    const statements = trace.filter((s) => s.attributes['db.system.name'] === 'postgresql');
    expect(statements.length).toBeGreaterThanOrEqual(3);
    for (const span of statements) {
      expect(subgraphs.some((subgraph) => descends(span, subgraph))).toBe(true);
      expect(String(span.attributes['db.query.text'])).not.toMatch(/'18'/);
    }
  });
});
