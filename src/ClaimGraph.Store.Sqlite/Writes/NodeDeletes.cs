using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Search;
using ClaimGraph.Store.Sqlite.Terms;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// Deletes one node with the rows it owns (aliases, translations, its own citations, links, search
/// documents, a claim's terms) and nothing else: rows elsewhere that point at it are left dangling, so the commit fails
/// unless the caller removed or repointed them first.
/// </summary>
internal static class NodeDeletes
{
    private const string Changes = "SELECT changes();";

    public static async Task<bool> DeleteAsync(Session session, NodeKind kind, string id, CancellationToken ct)
    {
        var stored = kind == NodeKind.Claim ? await ClaimTermRows.StoredTextAsync(session, id, ct) : null;
        using var command = session.Command(SearchDocuments.Remove + OwnRows(kind) + Changes)
            .With("@_kind", kind.ToString())
            .With("@id", id);
        if (kind == NodeKind.Claim)
            command.WithStoredClaimTerms(stored);
        return (long)(await command.ExecuteScalarAsync(ct))! > 0;
    }

    // The node's own row comes last so that changes() reports it.
    private static string OwnRows(NodeKind kind) => kind switch
    {
        NodeKind.Actor => """
            DELETE FROM actor_aliases WHERE actor_id = @id;
            DELETE FROM actors WHERE id = @id;
            """,
        NodeKind.Claim => """
            DELETE FROM claim_translations WHERE claim_id = @id;
            DELETE FROM claim_links WHERE from_claim_id = @id OR to_claim_id = @id;
            """ + ClaimTermRows.Remove + """
            DELETE FROM claims WHERE id = @id;
            """,
        NodeKind.Source => """
            DELETE FROM source_citations WHERE source_id = @id;
            DELETE FROM sources WHERE id = @id;
            """,
        NodeKind.Statement => "DELETE FROM statements WHERE id = @id;",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown node kind."),
    };
}
