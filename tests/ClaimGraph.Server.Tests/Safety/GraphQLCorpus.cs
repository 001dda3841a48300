namespace ClaimGraph.Server.Tests.Safety;

/// <summary>Valid documents (the README's examples and typical mutations) that the fuzzers start from.</summary>
public static class GraphQLCorpus
{
    public static readonly string[] Documents =
    [
        """{ claim(id: "negotiations-exist") { textIn(language: "en") isContested deniedBy { name } confirmedBy { name } } }""",
        """{ actors(filter: { kinds: [ANONYMOUS_SOURCE] }) { totalCount nodes { name scopeSource { key } statements { stance claim { key } } } } }""",
        """{ actor(id: "suhaib-al-haskawi") { name statements { claim { key } relayedBy { name } relays { actor { name kind } claim { key } } } } }""",
        """{ statement(id: "st-coalition-statement-human-shields") { stance quote span { start end } attribution { role label } } }""",
        """{ actor(id: "sdf") { contradicts { actor { name } evidence { statement { stance quote } opposing { stance quote } viaLink } } } contestedClaims(first: 3) { nodes { claim { key } supportingActors denyingActors } } }""",
        """{ search(text: "امريكان", first: 3) { kind matched node { id } } }""",
        """query Q($id: ID!, $first: Int) { node(id: $id) { id ... on Claim { statements { key } } } claims(first: $first) { totalCount pageInfo { hasNextPage endCursor } } }""",
        """mutation { recordClaim(input: { key: "fuzz-claim", text: "نص", language: "ar" }) { id } }""",
        """mutation { createActor(input: { name: "Fuzz", language: "en", kind: PERSON }) { id } }""",
        """mutation { recordStatement(input: { actor: "sdf", claim: "negotiations-exist", stance: DENIES, source: "baladi-raqqa-negotiations", span: { start: 0, end: 4 }, quote: "بين " }) { id } }""",
        """mutation { linkClaims(input: { from: "negotiations-exist", to: "shelling-stopped", kind: CONTRADICTS }) { kind } }""",
        """mutation { updateActor(id: "kinan-sultan", input: { role: "writer" }) { id } }""",
        """mutation { deleteClaim(id: "shelling-stopped") { deletedId } }""",
        """{ counts { actors claims sources statements claimLinks } }""",
    ];
}
