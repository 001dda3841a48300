using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Core.Validation;

namespace ClaimGraph.Core.Services;

/// <summary>
/// Every change to the graph: each validates its input, checks references inside the write
/// transaction, and writes all or nothing. Deletion rules are in graph-schema/model.md.
/// </summary>
public sealed class ClaimGraphCommands(IClaimStore store, IGraphChangeSink? changes = null)
{
    public async Task<Actor> CreateActorAsync(Actor actor, CancellationToken ct = default)
    {
        GraphRules.Check(actor);
        var created = await store.WriteAsync(async w =>
        {
            await RequireAbsentAsync(w.GetActorsAsync, actor.Id, "actor");
            await CheckActorReferencesAsync(w, actor);
            await w.UpsertActorAsync(actor);
            return actor;
        }, ct);
        changes?.ActorsChanged([created]);
        return created;
    }

    public async Task<Actor> UpdateActorAsync(string id, ActorPatch patch, CancellationToken ct = default)
    {
        GraphRules.CheckId(id, "id");
        var updated = await store.WriteAsync(async w =>
        {
            var current = (await w.GetActorsAsync([id])).SingleOrDefault() ?? throw ClaimGraphException.NotFound("actor", id, "id");
            var next = patch.ApplyTo(current);
            GraphRules.Check(next);
            await CheckActorReferencesAsync(w, next);
            await CheckAffiliationAcyclicAsync(w, next);
            await w.UpsertActorAsync(next);
            return next;
        }, ct);
        changes?.ActorsChanged([updated]);
        return updated;
    }

    /// <summary>Keeps <paramref name="keepId"/>; every reference to <paramref name="mergeId"/> moves to it and its names become aliases.</summary>
    public async Task<Actor> MergeActorsAsync(string keepId, string mergeId, CancellationToken ct = default)
    {
        GraphRules.CheckId(keepId, "keep");
        GraphRules.CheckId(mergeId, "merge");
        if (keepId == mergeId)
            throw ClaimGraphException.Invalid("merge", "Cannot merge an actor into itself.");
        var kept = await store.WriteAsync(async w =>
        {
            var found = (await w.GetActorsAsync([keepId, mergeId])).ToDictionary(a => a.Id);
            var keep = found.GetValueOrDefault(keepId) ?? throw ClaimGraphException.NotFound("actor", keepId, "keep");
            var merge = found.GetValueOrDefault(mergeId) ?? throw ClaimGraphException.NotFound("actor", mergeId, "merge");
            var names = new HashSet<string>(keep.AllNames.Select(TextNormalizer.Key), StringComparer.Ordinal);
            var aliases = keep.Aliases.ToList();
            foreach (var alias in merge.Aliases.Prepend(new Alias(merge.Name, merge.Language)))
            {
                if (names.Add(TextNormalizer.Key(alias.Name)))
                    aliases.Add(alias);
            }

            var next = keep with
            {
                Aliases = aliases,
                Description = keep.Description ?? merge.Description,
                AffiliationId = keep.AffiliationId ?? (merge.AffiliationId == keepId ? null : merge.AffiliationId),
                Role = keep.Role ?? merge.Role,
            };
            GraphRules.Check(next);
            await w.RepointActorAsync(mergeId, keepId);
            await w.UpsertActorAsync(next);
            return next;
        }, ct);
        changes?.ActorsChanged([kept]);
        return kept;
    }

    public async Task<Source> RecordSourceAsync(Source source, CancellationToken ct = default)
    {
        GraphRules.Check(source);
        var recorded = await store.WriteAsync(async w =>
        {
            await RequireAbsentAsync(w.GetSourcesAsync, source.Id, "source");
            var refs = new ReferenceCheck(w);
            await refs.ActorsAsync([(source.PublisherId, "publisher"), (source.AuthorId, "author")]);
            await refs.SourcesAsync(source.CitedSourceIds.Select(c => ((string?)c, "cites")));
            await w.UpsertSourceAsync(source);
            return source;
        }, ct);
        changes?.SourceRecorded(recorded);
        return recorded;
    }

    public async Task<Claim> RecordClaimAsync(Claim claim, CancellationToken ct = default)
    {
        GraphRules.Check(claim);
        var recorded = await store.WriteAsync(async w =>
        {
            await RequireAbsentAsync(w.GetClaimsAsync, claim.Id, "claim");
            await w.UpsertClaimAsync(claim);
            return claim;
        }, ct);
        changes?.ClaimRecorded(recorded);
        return recorded;
    }

    public async Task<Statement> RecordStatementAsync(Statement statement, CancellationToken ct = default)
    {
        GraphRules.Check(statement);
        var recorded = await store.WriteAsync(async w =>
        {
            await RequireAbsentAsync(w.GetStatementsAsync, statement.Id, "statement");
            var refs = new ReferenceCheck(w);
            await refs.ActorsAsync([(statement.ActorId, "actor"), (statement.RelayedById, "relayedBy")]);
            await refs.ClaimsAsync([(statement.ClaimId, "claim")]);
            var sources = await refs.SourcesAsync([(statement.SourceId, "source"), (statement.OriginSourceId, "originSource")]);
            await refs.StatementsAsync([(statement.RelayedThroughStatementId, "relayedThrough")]);
            GraphRules.CheckAgainstSource(statement, sources[statement.SourceId]);
            await RelayChains.CheckAcyclicAsync(w, [statement]);
            await w.UpsertStatementAsync(statement);
            return statement;
        }, ct);
        changes?.StatementRecorded(recorded);
        return recorded;
    }

    public async Task<ClaimLink> LinkClaimsAsync(ClaimLink link, CancellationToken ct = default)
    {
        GraphRules.Check(link);
        var linked = await store.WriteAsync(async w =>
        {
            await new ReferenceCheck(w).ClaimsAsync([(link.FromClaimId, "from"), (link.ToClaimId, "to")]);
            await w.UpsertClaimLinkAsync(link);
            return link;
        }, ct);
        changes?.ClaimsLinked(linked);
        return linked;
    }

    public async Task<bool> UnlinkClaimsAsync(string fromId, string toId, ClaimLinkKind kind, CancellationToken ct = default)
    {
        GraphRules.CheckId(fromId, "from");
        GraphRules.CheckId(toId, "to");
        var removed = await store.WriteAsync(w => w.DeleteClaimLinkAsync(fromId, toId, kind), ct);
        if (!removed)
            throw new ClaimGraphException(ErrorCode.NotFound, $"No {kind.ToString().ToUpperInvariant()} link from '{fromId}' to '{toId}'.", "from");
        return removed;
    }

    public async Task<DeletionResult> DeleteAsync(NodeKind kind, string id, CancellationToken ct = default)
    {
        GraphRules.CheckId(id, "id");
        var result = await store.WriteAsync(w => new Deletion(w).RunAsync(kind, id), ct);
        changes?.Deleted(result);
        return result;
    }

    private static async Task RequireAbsentAsync<T>(Func<IReadOnlyCollection<string>, Task<IReadOnlyList<T>>> get, string id, string kind)
    {
        if ((await get([id])).Count > 0)
            throw ClaimGraphException.Conflict($"A {kind} with id '{id}' already exists; choose another id or update it.", "id");
    }

    private static async Task CheckActorReferencesAsync(IClaimWriter w, Actor actor)
    {
        var refs = new ReferenceCheck(w);
        await refs.ActorsAsync([(actor.AffiliationId, "affiliation")]);
        await refs.SourcesAsync([(actor.ScopeSourceId, "scopeSource")]);
    }

    private static async Task CheckAffiliationAcyclicAsync(IClaimWriter w, Actor actor)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { actor.Id };
        var next = actor.AffiliationId;
        while (next is not null)
        {
            if (!seen.Add(next))
                throw ClaimGraphException.Invalid("affiliation", $"Affiliating '{actor.Id}' with '{actor.AffiliationId}' would make an affiliation loop.");
            next = (await w.GetActorsAsync([next])).SingleOrDefault()?.AffiliationId;
        }
    }
}
