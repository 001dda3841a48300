import { createClient } from 'graphql-ws';
import { wsUrl } from '../shared/endpoints.js';
import { GRAPH_CHANGED, STATEMENT_RECORDED } from './queries.js';

/**
 * Subscribes to graphChanged and statementRecorded over graphql-transport-ws and reports the connection's
 * state (connecting, live, offline) so the page can say whether it is up to date.
 */
export function subscribeLive({ onGraphChanged, onStatementRecorded, onState }) {
  const client = createClient({
    url: wsUrl,
    lazy: false,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15000))),
    on: {
      connecting: () => onState('connecting'),
      connected: () => onState('live'),
      closed: () => onState('offline'),
    },
  });
  const sink = (next, name) => ({
    next: (result) => (result.data ? next(result.data) : onState('error', result.errors?.[0]?.message ?? name)),
    error: (error) => onState('error', (Array.isArray(error) ? error[0]?.message : error?.message ?? error?.reason) ?? `${name} failed`),
    complete: () => {},
  });
  client.subscribe({ query: GRAPH_CHANGED }, sink((d) => onGraphChanged(d.graphChanged), 'graphChanged'));
  client.subscribe({ query: STATEMENT_RECORDED }, sink((d) => onStatementRecorded(d.statementRecorded), 'statementRecorded'));
  return client;
}
