using ClaimGraph.Core.Import.Bulk;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Synthetic;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests.Bulk;

/// <summary>claim_sides (kept by triggers for contestedClaims) always equals the aggregate over statements.</summary>
public sealed class ClaimSidesTests : IDisposable
{
    private const string Kept = "SELECT claim_id || ':' || supporting || ':' || denying FROM claim_sides WHERE supporting > 0 OR denying > 0 ORDER BY claim_id";

    private const string Recomputed = """
        SELECT claim_id || ':' || COUNT(DISTINCT CASE WHEN polarity = 1 THEN actor_id END) || ':' || COUNT(DISTINCT CASE WHEN polarity = -1 THEN actor_id END)
        FROM statements WHERE polarity <> 0 GROUP BY claim_id ORDER BY claim_id
        """;

    private readonly TempDataFolder _folder = new();

    [Fact]
    public async Task The_kept_sides_match_the_statements_after_inserts_updates_deletes_and_merges()
    {
        Directory.CreateDirectory(_folder.Path);
        var file = Path.Combine(_folder.Path, "g.ndjson");
        await SyntheticGraphWriter.WriteFileAsync(file, new SyntheticGraphOptions(4_000, Seed: 8));
        var store = _folder.OpenStore();
        await new BulkImporter(store).ImportAsync(file, batchSize: 900);
        AssertSidesMatch();

        var some = await store.GetStatementsAsync(Enumerable.Range(0, 300).Select(i => $"syn-st{i * 7}").ToList());
        var relayTargets = (await store.GetStatementsByAsync(StatementEdge.RelayedThrough, some.Select(s => s.Id).ToList()))
            .Select(s => s.RelayedThroughStatementId).ToHashSet();
        await store.WriteAsync(async writer =>
        {
            foreach (var s in some.Take(100).Where(s => !relayTargets.Contains(s.Id)))
                await writer.DeleteAsync(NodeKind.Statement, s.Id);
            foreach (var s in some.Skip(100).Take(100))
                await writer.UpsertStatementAsync(s with { Stance = s.Stance == Stance.Denies ? Stance.Asserts : Stance.Denies });
            foreach (var s in some.Skip(200).Where(s => s.RelayedThroughStatementId is null))
                await writer.UpsertStatementAsync(s with { ClaimId = SyntheticGraph.ClaimId(3) });
            await writer.RepointActorAsync(SyntheticGraph.ActorId(1), SyntheticGraph.ActorId(0));
            return true;
        });
        AssertSidesMatch();
    }

    public void Dispose() => _folder.Dispose();

    private void AssertSidesMatch()
    {
        using var connection = _folder.OpenConnection();
        Assert.Equal(Strings(connection, Recomputed), Strings(connection, Kept));
    }

    private static List<string> Strings(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }
}
