// The service's GraphQL endpoint, on the host that served the page (HTTP and WebSocket).
export const httpUrl = new URL('/graphql', window.location.href).toString();

export const wsUrl = (() => {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
})();
