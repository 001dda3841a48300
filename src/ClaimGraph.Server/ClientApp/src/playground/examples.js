// The playground's saved operations: the seed article's questions (README "Example queries on the seed article").
const tab = (query, variables) => ({ query: query.trim() + '\n', variables: variables ?? null });

export const exampleTabs = [
  tab(`
# Who denies and who confirms that the negotiations exist?
# Press the run button (or Ctrl+Enter). Arabic names come back in their original script.
query WhoDeniesWhoConfirms {
  claim(id: "negotiations-exist") {
    text
    textIn(language: "en")
    isContested
    deniedBy { name }
    confirmedBy { name }
  }
}`),
  tab(`
# What do the anonymous sources claim?
query AnonymousSources {
  actors(filter: { kinds: [ANONYMOUS_SOURCE] }) {
    totalCount
    nodes {
      name
      scopeSource { key title }
      statements { stance quote claim { key textIn(language: "en") } }
    }
  }
}`),
  tab(`
# The activist's statements, relayed through Baladi News, and what he passes on.
query ActivistRelayed {
  actor(id: "suhaib-al-haskawi") {
    name
    statements {
      quote
      claim { key textIn(language: "en") }
      relayedBy { name }
      relays { actor { name kind } claim { key } }
    }
  }
}`),
  tab(`
# The Coalition's statement with its attribution chain, and its operations director.
query AttributionChain {
  statement(id: "st-coalition-statement-human-shields") {
    stance
    quote
    span { start end }
    attribution { role label }
  }
  jonathanBraga: actor(id: "jonathan-braga") {
    role
    affiliation { name }
    asserted { claim { textIn(language: "en") } }
  }
}`),
  tab(`
# Who contradicts whom, and the most contested claims.
query Contradictions {
  actor(id: "sdf") {
    name
    contradicts {
      actor { name }
      evidence { statement { stance quote } opposing { stance quote } viaLink }
    }
  }
  contestedClaims(first: 3) { nodes { claim { key text } supportingActors denyingActors } }
}`),
  tab(`
# Search folds Arabic spelling variants: امريكان finds الأمريكان.
query FoldedSearch($text: String!) {
  search(text: $text, first: 5) { kind matched node { id } }
}`, '{ "text": "امريكان" }'),
  tab(`
# Live: statements as they are recorded (over WebSocket, graphql-transport-ws).
# Run it, then record a statement with a mutation from another tab or client.
subscription StatementsAsRecorded {
  statementRecorded {
    id
    stance
    quote
    actor { name }
    claim { key text }
    source { title }
  }
}`),
];
