import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { httpUrl, wsUrl } from '../shared/endpoints.js';
import { exampleTabs } from './examples.js';
import './playground.css';

const fetcher = createGraphiQLFetcher({ url: httpUrl, subscriptionUrl: wsUrl });

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={exampleTabs}
      // GraphQL.NET 8 rejects `args(includeDeprecated:)` on directives, which this option would ask for.
      inputValueDeprecation={false}
      schemaDescription={false}
      visiblePlugin="Documentation Explorer"
      defaultEditorToolsVisibility
    >
      <GraphiQL.Logo>
        ClaimGraph <a className="claimgraph-nav" href="/dashboard">dashboard</a>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('playground')).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
