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

// Per day and stance, and per stance overall: the difference is the statements with no date (the seed article's).
export const TIMELINE = /* GraphQL */ `
  query DashboardTimeline {
    byTime: statementStats(by: TIME, bucket: DAY) { key label stance count }
    byStance: statementStats(by: STANCE) { stance count }
  }`;

const STATEMENT_VIEW = /* GraphQL */ `
  fragment StatementView on Statement {
    id stance quote quoteDirection statedAt
    actor { id name direction isAnonymous }
    claim { id text direction textIn(language: "en") }
    source { id title direction publishedAt }
    attribution { role label }
  }`;

// One query per kind of node: a single query with a fragment per type would be scored (and refused) by the
// service's complexity limit as if it asked for all of them.
export const NODE_DETAILS = {
  Actor: /* GraphQL */ `
    query DashboardActor($id: ID!) {
      node: actor(id: $id) {
        __typename id name direction kind isAnonymous role description
        scopeSource { title direction }
        statements { ...StatementView }
      }
    }
    ${STATEMENT_VIEW}`,
  Claim: /* GraphQL */ `
    query DashboardClaim($id: ID!) {
      node: claim(id: $id) {
        __typename id text direction textIn(language: "en") isContested
        statements { ...StatementView }
      }
    }
    ${STATEMENT_VIEW}`,
  Source: /* GraphQL */ `
    query DashboardSource($id: ID!) {
      node: source(id: $id) {
        __typename id title direction kind publishedAt
        publisher { name direction }
        statements { ...StatementView }
      }
    }
    ${STATEMENT_VIEW}`,
  Statement: /* GraphQL */ `
    query DashboardStatement($id: ID!) {
      node: statement(id: $id) { __typename ...StatementView }
    }
    ${STATEMENT_VIEW}`,
};

export const GRAPH_CHANGED = /* GraphQL */ `subscription DashboardGraphChanged { graphChanged { kind ids } }`;

export const STATEMENT_RECORDED = /* GraphQL */ `
  subscription DashboardStatementRecorded {
    statementRecorded { id stance quote quoteDirection actor { name direction } claim { id text direction } }
  }`;
