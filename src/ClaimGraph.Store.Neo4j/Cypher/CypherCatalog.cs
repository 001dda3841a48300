using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Paging;
using ClaimGraph.Store.Neo4j.Schema;

namespace ClaimGraph.Store.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the store can send, by name: the schema files, the fixed statements, and
/// the paged queries in a set of variants that puts every fragment the builders can emit into some
/// statement. The tests run each through Neo4j's Cypher parser and linter.
/// </summary>
public static class CypherCatalog
{
    public static IReadOnlyList<KeyValuePair<string, string>> All()
    {
        var all = new List<KeyValuePair<string, string>>();
        void Add(string name, string text) => all.Add(new(name, text));

        foreach (var (statement, i) in SchemaScripts.All.Select((s, i) => (s, i)))
            Add($"schema[{i}]", statement);

        Add(nameof(WriteCypher.UpsertActors), WriteCypher.UpsertActors);
        Add(nameof(WriteCypher.UpsertClaims), WriteCypher.UpsertClaims);
        Add(nameof(WriteCypher.UpsertSources), WriteCypher.UpsertSources);
        Add(nameof(WriteCypher.UpsertStatements), WriteCypher.UpsertStatements);
        Add(nameof(WriteCypher.UpsertClaimLinks), WriteCypher.UpsertClaimLinks);
        Add(nameof(WriteCypher.DeleteClaimLink), WriteCypher.DeleteClaimLink);
        Add(nameof(WriteCypher.RepointActor), WriteCypher.RepointActor);
        Add(nameof(WriteCypher.DanglingCheck), WriteCypher.DanglingCheck);
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            Add($"{nameof(WriteCypher.DeleteNode)}({kind})", WriteCypher.DeleteNode(kind));
            Add($"{nameof(ReadCypher.ReferenceCounts)}({kind})", ReadCypher.ReferenceCounts(kind));
        }

        Add(nameof(ReadCypher.Actors), ReadCypher.Actors);
        Add(nameof(ReadCypher.Affiliates), ReadCypher.Affiliates);
        Add(nameof(ReadCypher.ScopedActors), ReadCypher.ScopedActors);
        Add(nameof(ReadCypher.Claims), ReadCypher.Claims);
        Add(nameof(ReadCypher.Sources), ReadCypher.Sources);
        Add(nameof(ReadCypher.Statements), ReadCypher.Statements);
        foreach (var edge in Enum.GetValues<StatementEdge>())
            Add($"{nameof(ReadCypher.StatementsBy)}({edge})", ReadCypher.StatementsBy(edge));
        foreach (var edge in Enum.GetValues<StatementEdge>())
            Add($"{nameof(BoundedCypher.FirstStatementsBy)}({edge})", BoundedCypher.FirstStatementsBy(edge));
        Add(nameof(BoundedCypher.ClaimStanceActors), BoundedCypher.ClaimStanceActors);
        Add(nameof(ReadCypher.ClaimLinks), ReadCypher.ClaimLinks);
        Add(nameof(ReadCypher.Contradictions), ReadCypher.Contradictions);
        Add(nameof(ReadCypher.Counts), ReadCypher.Counts);
        Add(nameof(ReadCypher.Search), ReadCypher.Search);
        Add(nameof(NodeQueries.Contested), NodeQueries.Contested);

        // Paged queries: each ordering with every filter and a cursor (every fragment), a cursor with
        // null keys where a key may be null, and the unfiltered form (no full-text prelude).
        var from = new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var order in Enum.GetValues<SortOrder>())
        {
            PagedCypher[] queries =
            [
                NodeQueries.Actors(new ActorQuery("raqqa", [ActorKind.Person], "a", "s"), order),
                NodeQueries.Claims(new ClaimQuery("raqqa", "ar", "a", "s", Stance.Denies), order),
                NodeQueries.Sources(new SourceQuery("raqqa", [SourceKind.Article], "ar", "p", from, from), order),
                NodeQueries.Statements(new StatementQuery("raqqa", [Stance.Asserts], "a", "c", "s", from, from), order),
            ];
            foreach (var query in queries)
            {
                Add($"Page({query.Label}, {order}, filtered, after)",
                    query.Build(new Cursor(query.Order, [.. query.Keys.Select(_ => (object?)"k")], "id"), 11).Text);
                if (query.Keys.Any(k => k.Nullable))
                {
                    Add($"Page({query.Label}, {order}, filtered, after null)",
                        query.Build(new Cursor(query.Order, [.. query.Keys.Select(_ => (object?)null)], "id"), 11).Text);
                }
            }
        }

        Add("Page(Actor, all)", NodeQueries.Actors(new ActorQuery(), SortOrder.Default).Build(null, 11).Text);
        Add("Page(Claim, all)", NodeQueries.Claims(new ClaimQuery(), SortOrder.Default).Build(null, 11).Text);
        Add("Page(Source, all)", NodeQueries.Sources(new SourceQuery(), SortOrder.Default).Build(null, 11).Text);
        Add("Page(Statement, all)", NodeQueries.Statements(new StatementQuery(), SortOrder.Default).Build(null, 11).Text);
        Add("Page(words without letters)", NodeQueries.Actors(new ActorQuery("!!!"), SortOrder.Default).Build(null, 5).Text);
        // Orderings that build the same text (statements by name ascending = by id) are linted once.
        return all.DistinctBy(s => s.Value, StringComparer.Ordinal).ToList();
    }
}
