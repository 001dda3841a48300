using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Writes;

internal static class ClaimLinkWrites
{
    private const string Upsert = """
        INSERT INTO claim_links (from_claim_id, to_claim_id, kind, note) VALUES (@from, @to, @kind, @note)
        ON CONFLICT (from_claim_id, to_claim_id, kind) DO UPDATE SET note = excluded.note;
        """;

    private const string Delete = "DELETE FROM claim_links WHERE from_claim_id = @from AND to_claim_id = @to AND kind = @kind;";

    public static async Task UpsertAsync(Session session, ClaimLink link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        var command = session.Reused(Upsert)
            .With("@from", link.FromClaimId)
            .With("@to", link.ToClaimId)
            .With("@kind", link.Kind.ToString())
            .With("@note", link.Note);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<bool> DeleteAsync(Session session, string from, string to, ClaimLinkKind kind, CancellationToken ct)
    {
        using var command = session.Command(Delete)
            .With("@from", from)
            .With("@to", to)
            .With("@kind", kind.ToString());
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }
}
