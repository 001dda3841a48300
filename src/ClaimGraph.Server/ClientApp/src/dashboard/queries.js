export const GRAPH = /* GraphQL */ `
  query DashboardGraph($actors: [ID!], $claims: [ID!], $sources: [ID!], $depth: Int, $limit: Int) {
    graph(actors: $actors, claims: $claims, sources: $sources, depth: $depth, limit: $limit) {
      nodes { id type label direction kind anonymous contested }
      edges { id source target type stance label statement }
      truncated
    }
  }`;

export const FILTER_OPTIONS = /* GraphQL */ `
  query DashboardFilterOptions {
    actors(first: 100) { nodes { id name kind } }
    claims(first: 100) { nodes { id key text textIn(language: "en") } }
    sources(first: 100) { nodes { id title } }
  }`;

export const CONTESTED = /* GraphQL */ `
  query DashboardContested {
    contestedClaims(first: 10) {
      nodes { claim { id key text direction textIn(language: "en") } supportingActors denyingActors score }
    }
  }`;

export const STATS_BY_TIME = /* GraphQL */ `
  query DashboardTimeline {
    statementStats(by: TIME, bucket: DAY) { key label stance count }
  }`;

/** Used when the service has no statementStats: the same buckets counted here. */
export const STATEMENT_TIMES = /* GraphQL */ `
  query DashboardStatementTimes {
    statements(first: 100) { nodes { stance statedAt source { publishedAt } } }
  }`;

const STATEMENT_VIEW = /* GraphQL */ `
  fragment StatementView on Statement {
    id stance quote quoteDirection statedAt
    actor { id name direction isAnonymous }
    claim { id text direction textIn(language: "en") }
    source { id title direction publishedAt }
    attribution { role label }
  }`;

export const NODE_DETAILS = /* GraphQL */ `
  query DashboardNodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Actor {
        name direction kind isAnonymous role description
        scopeSource { title direction }
        statements { ...StatementView }
      }
      ... on Claim {
        text direction textIn(language: "en") isContested
        stances { stance count statements { ...StatementView } }
      }
      ... on Source {
        title direction kind publishedAt
        publisher { name direction }
        statements { ...StatementView }
      }
      ... on Statement { ...StatementView }
    }
  }
  ${STATEMENT_VIEW}`;

export const GRAPH_CHANGED = /* GraphQL */ `subscription DashboardGraphChanged { graphChanged { kind ids } }`;

export const STATEMENT_RECORDED = /* GraphQL */ `
  subscription DashboardStatementRecorded {
    statementRecorded { id stance quote quoteDirection actor { name direction } claim { id text direction } }
  }`;
