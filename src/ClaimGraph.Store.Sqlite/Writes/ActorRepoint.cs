using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Writes;

internal static class ActorRepoint
{
    // An actor that was affiliated with the merged one and is itself the kept one would end up
    // affiliated with itself; it loses the affiliation instead.
    private const string Repoint = """
        UPDATE statements SET actor_id = @kept WHERE actor_id = @merged;
        UPDATE statements SET relayed_by_id = @kept WHERE relayed_by_id = @merged;
        UPDATE sources SET publisher_id = @kept WHERE publisher_id = @merged;
        UPDATE sources SET author_id = @kept WHERE author_id = @merged;
        UPDATE actors SET affiliation_id = CASE WHEN id = @kept THEN NULL ELSE @kept END WHERE affiliation_id = @merged;
        """;

    public static async Task RepointAsync(Session session, string mergedId, string keptId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mergedId);
        ArgumentNullException.ThrowIfNull(keptId);
        if (mergedId == keptId)
            throw ClaimGraphException.Invalid("keptId", $"Cannot merge actor '{mergedId}' into itself.");

        using (var command = session.Command(Repoint).With("@merged", mergedId).With("@kept", keptId))
            await command.ExecuteNonQueryAsync(ct);
        await NodeDeletes.DeleteAsync(session, NodeKind.Actor, mergedId, ct);
    }
}
