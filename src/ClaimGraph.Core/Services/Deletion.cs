using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Core.Services;

/// <summary>
/// The deletion rules of graph-schema/model.md, run inside one write transaction: a statement goes
/// alone; a claim takes its statements and links; a source takes its statements and the anonymous
/// sources scoped to it; an actor goes only when nothing refers to it. Anything that would leave a
/// relay or reference dangling is refused with CONFLICT, and nothing is written.
/// </summary>
internal sealed class Deletion(IClaimWriter writer)
{
    public async Task<DeletionResult> RunAsync(NodeKind kind, string id) => kind switch
    {
        NodeKind.Statement => await StatementAsync(id),
        NodeKind.Claim => await ClaimAsync(id),
        NodeKind.Source => await SourceAsync(id),
        NodeKind.Actor => await ActorAsync(id),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private async Task<DeletionResult> StatementAsync(string id)
    {
        if ((await writer.GetStatementsAsync([id])).Count == 0)
            throw ClaimGraphException.NotFound("statement", id, "id");
        await DeleteStatementsAsync([id], $"statement '{id}'");
        return new DeletionResult(NodeKind.Statement, id, [id], []);
    }

    private async Task<DeletionResult> ClaimAsync(string id)
    {
        if ((await writer.GetClaimsAsync([id])).Count == 0)
            throw ClaimGraphException.NotFound("claim", id, "id");
        var statements = (await writer.GetStatementsByAsync(StatementEdge.Claim, [id])).Select(s => s.Id).ToList();
        await DeleteStatementsAsync(statements, $"claim '{id}'");
        await writer.DeleteAsync(NodeKind.Claim, id);
        return new DeletionResult(NodeKind.Claim, id, statements, []);
    }

    private async Task<DeletionResult> SourceAsync(string id)
    {
        if ((await writer.GetSourcesAsync([id])).Count == 0)
            throw ClaimGraphException.NotFound("source", id, "id");
        var statements = (await writer.GetStatementsByAsync(StatementEdge.Source, [id])).Select(s => s.Id).ToList();
        var elsewhere = (await writer.GetStatementsByAsync(StatementEdge.OriginSource, [id])).Where(s => s.SourceId != id).ToList();
        if (elsewhere.Count > 0)
            throw ClaimGraphException.Conflict(
                $"Source '{id}' is the origin of {elsewhere.Count} statement(s) reported elsewhere (e.g. '{elsewhere[0].Id}'); delete or change those first.", "id");
        await DeleteStatementsAsync(statements, $"source '{id}'");

        var scoped = await writer.GetScopedActorsAsync(id);
        var deletedActors = new List<string>();
        foreach (var actor in scoped)
        {
            var references = await writer.CountReferencesAsync(NodeKind.Actor, actor.Id);
            if (references.Count > 0)
                throw ClaimGraphException.Conflict(
                    $"Anonymous source '{actor.Id}' of source '{id}' is still referenced ({Describe(references)}); merge it into another actor first.", "id");
            await writer.DeleteAsync(NodeKind.Actor, actor.Id);
            deletedActors.Add(actor.Id);
        }

        var citing = await writer.CountReferencesAsync(NodeKind.Source, id);
        if (citing.Count > 0)
            throw ClaimGraphException.Conflict($"Source '{id}' is still referenced ({Describe(citing)}); remove those references first.", "id");
        await writer.DeleteAsync(NodeKind.Source, id);
        return new DeletionResult(NodeKind.Source, id, statements, deletedActors);
    }

    private async Task<DeletionResult> ActorAsync(string id)
    {
        if ((await writer.GetActorsAsync([id])).Count == 0)
            throw ClaimGraphException.NotFound("actor", id, "id");
        var references = await writer.CountReferencesAsync(NodeKind.Actor, id);
        if (references.Count > 0)
            throw ClaimGraphException.Conflict(
                $"Actor '{id}' is still referenced ({Describe(references)}); merge it into another actor, or delete those first.", "id");
        await writer.DeleteAsync(NodeKind.Actor, id);
        return new DeletionResult(NodeKind.Actor, id, [], []);
    }

    private async Task DeleteStatementsAsync(IReadOnlyList<string> ids, string what)
    {
        if (ids.Count == 0)
            return;
        var set = ids.ToHashSet(StringComparer.Ordinal);
        var relaying = (await writer.GetStatementsByAsync(StatementEdge.RelayedThrough, ids)).Where(s => !set.Contains(s.Id)).ToList();
        if (relaying.Count > 0)
            throw ClaimGraphException.Conflict(
                $"Cannot delete {what}: statement '{relaying[0].Id}' is relayed through '{relaying[0].RelayedThroughStatementId}'. Delete it first or remove its relayedThrough.", "id");
        foreach (var statementId in ids)
            await writer.DeleteAsync(NodeKind.Statement, statementId);
    }

    private static string Describe(IReadOnlyDictionary<string, int> references) =>
        string.Join(", ", references.Select(r => $"{r.Value} × {r.Key}"));
}
