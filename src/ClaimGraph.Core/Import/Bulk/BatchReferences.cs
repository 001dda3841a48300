using ClaimGraph.Core.Services;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Core.Import.Bulk;

/// <summary>
/// A batch's references that neither the batch itself nor an earlier batch of this run defines (so far as
/// <see cref="KnownIds"/> kept them), with the field each comes from: the ones the writer has to look up in the store.
/// Found on the parsing thread, so the writer looks up only these instead of the store checking every reference of
/// every row (see <see cref="IClaimStore.WriteWithCheckedReferencesAsync{T}"/>). Covers every reference column the
/// import writes; <c>BulkReferenceCheckTests</c> compares them with the foreign keys of the SQLite schema.
/// </summary>
internal sealed class BatchReferences
{
    public List<(string? Id, string Field)> Actors { get; } = [];

    public List<(string? Id, string Field)> Sources { get; } = [];

    public List<(string? Id, string Field)> Claims { get; } = [];

    public List<(string? Id, string Field)> Statements { get; } = [];

    /// <summary>Adds <paramref name="batch"/>'s ids to <paramref name="known"/> and answers the references still unresolved.</summary>
    public static BatchReferences Find(BulkBatch batch, KnownIds known)
    {
        known.Add(batch);
        var refs = new BatchReferences();
        var statements = new HashSet<string>(batch.Statements.Count, StringComparer.Ordinal);
        foreach (var s in batch.Statements)
            statements.Add(s.Id);

        foreach (var a in batch.Actors)
        {
            Need(refs.Actors, known.Actors, a.AffiliationId, a.Id, "actor", "affiliation");
            Need(refs.Sources, known.Sources, a.ScopeSourceId, a.Id, "actor", "scopeSource");
        }

        foreach (var s in batch.Sources)
        {
            Need(refs.Actors, known.Actors, s.PublisherId, s.Id, "source", "publisher");
            Need(refs.Actors, known.Actors, s.AuthorId, s.Id, "source", "author");
            foreach (var cited in s.CitedSourceIds)
                Need(refs.Sources, known.Sources, cited, s.Id, "source", "cites");
        }

        foreach (var s in batch.Statements)
        {
            Need(refs.Actors, known.Actors, s.ActorId, s.Id, "statement", "actor");
            Need(refs.Claims, known.Claims, s.ClaimId, s.Id, "statement", "claim");
            Need(refs.Sources, known.Sources, s.SourceId, s.Id, "statement", "source");
            Need(refs.Statements, statements, s.RelayedThroughStatementId, s.Id, "statement", "relayedThrough");
            Need(refs.Actors, known.Actors, s.RelayedById, s.Id, "statement", "relayedBy");
            Need(refs.Sources, known.Sources, s.OriginSourceId, s.Id, "statement", "originSource");
        }

        foreach (var l in batch.ClaimLinks)
        {
            Need(refs.Claims, known.Claims, l.FromClaimId, l.FromClaimId, "claimLink", "from");
            Need(refs.Claims, known.Claims, l.ToClaimId, l.FromClaimId, "claimLink", "to");
        }

        return refs;
    }

    /// <summary>Looks the unresolved references up (after the batch's own rows are written, in its transaction); a missing one fails the batch.</summary>
    public async Task CheckAsync(IClaimWriter writer)
    {
        var check = new ReferenceCheck(writer);
        if (Actors.Count > 0)
            await check.ActorsAsync(Actors);
        if (Sources.Count > 0)
            await check.SourcesAsync(Sources);
        if (Claims.Count > 0)
            await check.ClaimsAsync(Claims);
        if (Statements.Count > 0)
            await check.StatementsAsync(Statements);
    }

    private static void Need(List<(string? Id, string Field)> unresolved, HashSet<string> known, string? id, string from, string kind, string field)
    {
        if (id is not null && !known.Contains(id))
            unresolved.Add((id, $"{kind} '{from}'.{field}"));
    }
}
