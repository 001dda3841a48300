using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>
/// Writes inside one store transaction. Upserts replace the whole record (aliases, translations and
/// citations included). Reads see the transaction's own uncommitted writes.
/// Referential integrity is the store's job too: a write that leaves a dangling reference throws
/// <see cref="StoreConstraintException"/>.
/// </summary>
public interface IClaimWriter
{
    Task UpsertActorAsync(Actor actor);

    Task UpsertClaimAsync(Claim claim);

    Task UpsertSourceAsync(Source source);

    Task UpsertStatementAsync(Statement statement);

    Task UpsertClaimLinkAsync(ClaimLink link);

    Task<bool> DeleteClaimLinkAsync(string fromClaimId, string toClaimId, ClaimLinkKind kind);

    Task<bool> DeleteAsync(NodeKind kind, string id);

    /// <summary>
    /// Moves every reference to <paramref name="mergedId"/> (statements, relays, publisher, author,
    /// affiliations) onto <paramref name="keptId"/>, then deletes <paramref name="mergedId"/>.
    /// Alias bookkeeping is the caller's: it upserts the kept actor with the merged names.
    /// </summary>
    Task RepointActorAsync(string mergedId, string keptId);

    Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids);

    Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<string> ids);

    Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids);

    Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids);

    Task<IReadOnlyList<Statement>> GetStatementsByAsync(StatementEdge edge, IReadOnlyCollection<string> keys);

    /// <summary>Anonymous-source actors scoped to the source (Actor.ScopeSourceId == sourceId).</summary>
    Task<IReadOnlyList<Actor>> GetScopedActorsAsync(string sourceId);

    /// <summary>How many records point at the node, by what (e.g. "statements.actor" → 3), to explain refusals.</summary>
    Task<IReadOnlyDictionary<string, int>> CountReferencesAsync(NodeKind kind, string id);

    /// <summary>Upserts many actors; stores with a faster bulk path override this loop.</summary>
    async Task UpsertActorsAsync(IReadOnlyList<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        foreach (var actor in actors)
            await UpsertActorAsync(actor);
    }

    async Task UpsertSourcesAsync(IReadOnlyList<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var source in sources)
            await UpsertSourceAsync(source);
    }

    async Task UpsertClaimsAsync(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        foreach (var claim in claims)
            await UpsertClaimAsync(claim);
    }

    async Task UpsertStatementsAsync(IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        foreach (var statement in statements)
            await UpsertStatementAsync(statement);
    }

    async Task UpsertClaimLinksAsync(IReadOnlyList<ClaimLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        foreach (var link in links)
            await UpsertClaimLinkAsync(link);
    }

    /// <summary>Records bulk-import progress in this transaction. Stores without checkpoints ignore it (imports then restart from the top, which is safe: upserts).</summary>
    Task SaveImportCheckpointAsync(ImportCheckpoint checkpoint) => Task.CompletedTask;

    /// <summary>Forgets the checkpoint of a finished import, in this transaction.</summary>
    Task DeleteImportCheckpointAsync(string key) => Task.CompletedTask;
}
