using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Queries;

internal static class CountQuery
{
    private const string Sql = """
        SELECT (SELECT COUNT(*) FROM actors), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM sources),
               (SELECT COUNT(*) FROM statements), (SELECT COUNT(*) FROM claim_links);
        """;

    public static async Task<GraphCounts> RunAsync(Session session, CancellationToken ct)
    {
        var command = session.Prepared(Sql);
        var rows = await command.ReadAllAsync(
            r => new GraphCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), ct);
        return rows[0];
    }
}
