using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Records;

/// <summary>The batched gets: any number of keys, bound as one JSON parameter, answered by one statement.</summary>
internal static class RecordReads
{
    private const string Keys = "(SELECT value FROM json_each(@keys))";

    public static Task<IReadOnlyList<Actor>> ActorsAsync(Session session, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ListAsync(session, $"SELECT {ActorRows.Columns("a")} FROM actors a WHERE a.id IN {Keys} ORDER BY a.id",
            ids, ActorRows.Read, ct);

    public static Task<IReadOnlyList<Actor>> AffiliatesAsync(Session session, IReadOnlyCollection<string> actorIds, CancellationToken ct) =>
        ListAsync(session, $"SELECT {ActorRows.Columns("a")} FROM actors a WHERE a.affiliation_id IN {Keys} ORDER BY a.id",
            actorIds, ActorRows.Read, ct);

    public static Task<IReadOnlyList<Actor>> ScopedActorsAsync(Session session, string sourceId, CancellationToken ct) =>
        ListAsync(session, $"SELECT {ActorRows.Columns("a")} FROM actors a WHERE a.scope_source_id IN {Keys} ORDER BY a.id",
            [sourceId], ActorRows.Read, ct);

    public static Task<IReadOnlyList<Claim>> ClaimsAsync(Session session, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ListAsync(session, $"SELECT {ClaimRows.Columns("c")} FROM claims c WHERE c.id IN {Keys} ORDER BY c.id",
            ids, ClaimRows.Read, ct);

    public static Task<IReadOnlyList<Source>> SourcesAsync(Session session, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ListAsync(session, $"SELECT {SourceRows.Columns("so")} FROM sources so WHERE so.id IN {Keys} ORDER BY so.id",
            ids, SourceRows.Read, ct);

    public static Task<IReadOnlyList<Statement>> StatementsAsync(Session session, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        StatementsByAsync(session, "id", ids, ct);

    public static Task<IReadOnlyList<Statement>> StatementsByAsync(
        Session session, StatementEdge edge, IReadOnlyCollection<string> keys, CancellationToken ct) =>
        StatementsByAsync(session, StatementColumns.For(edge), keys, ct);

    public static Task<IReadOnlyList<ClaimLink>> ClaimLinksAsync(Session session, IReadOnlyCollection<string> claimIds, CancellationToken ct) =>
        ListAsync(session, $"""
            SELECT {ClaimLinkRows.Columns("l")} FROM claim_links l
            WHERE l.from_claim_id IN {Keys} OR l.to_claim_id IN {Keys}
            ORDER BY l.from_claim_id, l.to_claim_id, l.kind
            """, claimIds, ClaimLinkRows.Read, ct);

    private static Task<IReadOnlyList<Statement>> StatementsByAsync(
        Session session, string column, IReadOnlyCollection<string> keys, CancellationToken ct) =>
        ListAsync(session, $"SELECT {StatementRows.Columns("s")} FROM statements s WHERE s.{column} IN {Keys} ORDER BY s.id",
            keys, r => StatementRows.Read(r), ct);

    private static async Task<IReadOnlyList<T>> ListAsync<T>(
        Session session, string sql, IReadOnlyCollection<string> keys, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            return [];
        var command = session.Prepared(sql).WithJson("@keys", keys);
        return await command.ReadAllAsync(read, ct);
    }
}
