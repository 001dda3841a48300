using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Core.Services;

/// <summary>
/// Reads for the API: batched look-ups (what the loaders call), pages with checked sizes, search,
/// and the derived views (attribution chains, contradictions by direction).
/// </summary>
public sealed class ClaimGraphReader(IClaimStore store, IOptions<ReadOptions> options)
{
    private readonly ReadOptions _options = options.Value;

    public IClaimStore Store => store;

    public Task<IReadOnlyList<Actor>> ActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) => store.GetActorsAsync(ids, ct);

    public Task<IReadOnlyList<Claim>> ClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) => store.GetClaimsAsync(ids, ct);

    public Task<IReadOnlyList<Source>> SourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) => store.GetSourcesAsync(ids, ct);

    public Task<IReadOnlyList<Statement>> StatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) => store.GetStatementsAsync(ids, ct);

    public Task<IReadOnlyList<Statement>> FirstStatementsByAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance>? stances, int limitPerKey, CancellationToken ct) =>
        store.GetFirstStatementsByAsync(edge, keys, stances, limitPerKey, ct);

    public Task<IReadOnlyList<Statement>> FirstStatementsByStanceAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance> stances, int limitPerKeyAndStance, CancellationToken ct) =>
        store.GetFirstStatementsByStanceAsync(edge, keys, stances, limitPerKeyAndStance, ct);

    public Task<IReadOnlyList<ClaimStanceActor>> ClaimStanceActorsAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct) =>
        store.GetClaimStanceActorsAsync(claimIds, ct);

    public Task<IReadOnlyList<ClaimLink>> ClaimLinksAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct) =>
        store.GetClaimLinksAsync(claimIds, ct);

    public Task<IReadOnlyList<Actor>> AffiliatesAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct) =>
        store.GetAffiliatesAsync(actorIds, ct);

    public Task<IReadOnlyList<IReadOnlyList<Contradiction>>> ContradictionsEachWayAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyList<ContradictionDirection> directions, int limitPerActor, CancellationToken ct) =>
        store.GetContradictionsEachWayAsync(actorIds, directions, limitPerActor, ct);

    /// <summary>The checked size of a capped nested list: <paramref name="first"/>, or <paramref name="fallback"/>, at most MaxPageSize.</summary>
    public int NestedLimit(int? first, int fallback)
    {
        var size = first ?? Math.Min(fallback, _options.MaxPageSize);
        if (size < 0 || size > _options.MaxPageSize)
            throw ClaimGraphException.Invalid("first", $"first must be between 0 and {_options.MaxPageSize}.");
        return size;
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<AttributionStep>>> AttributionChainsAsync(IReadOnlyCollection<Statement> statements, CancellationToken ct) =>
        AttributionChains.BuildAsync(store, statements, ct);

    public Task<Page<Actor>> ActorsPageAsync(ActorQuery query, int? first, string? after, SortOrder order, bool countTotal, CancellationToken ct) =>
        store.QueryActorsAsync(query, Page(first, after, order, countTotal), ct);

    public Task<Page<Claim>> ClaimsPageAsync(ClaimQuery query, int? first, string? after, SortOrder order, bool countTotal, CancellationToken ct) =>
        store.QueryClaimsAsync(query, Page(first, after, order, countTotal), ct);

    public Task<Page<Source>> SourcesPageAsync(SourceQuery query, int? first, string? after, SortOrder order, bool countTotal, CancellationToken ct) =>
        store.QuerySourcesAsync(query, Page(first, after, order, countTotal), ct);

    public Task<Page<Statement>> StatementsPageAsync(StatementQuery query, int? first, string? after, SortOrder order, bool countTotal, CancellationToken ct)
    {
        if (query.From is { } from && query.To is { } to && from > to)
            throw ClaimGraphException.Invalid("filter.to", "The time range ends before it starts: 'to' must not be earlier than 'from'.");
        return store.QueryStatementsAsync(query, Page(first, after, order, countTotal), ct);
    }

    public Task<Page<ContestedClaim>> ContestedClaimsAsync(int? first, string? after, bool countTotal, CancellationToken ct) =>
        store.QueryContestedClaimsAsync(Page(first, after, SortOrder.Default, countTotal), ct);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int? first, CancellationToken ct)
    {
        if (text.Length > 500)
            throw ClaimGraphException.Invalid("text", "Search text is limited to 500 characters.");
        var limit = first ?? 20;
        if (limit < 1 || limit > _options.MaxSearchResults)
            throw ClaimGraphException.Invalid("first", $"first must be between 1 and {_options.MaxSearchResults}.");
        var all = kinds is { Count: > 0 } ? kinds : Enum.GetValues<NodeKind>();
        return store.SearchAsync(text, all, limit, ct);
    }

    public Task<GraphCounts> CountAsync(CancellationToken ct) => store.CountAsync(ct);

    public Task<IReadOnlyList<Auditing.WriteStamp>> WriteStampsAsync(NodeKind kind, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        store.GetWriteStampsAsync(kind, ids, ct);

    private PageRequest Page(int? first, string? after, SortOrder order, bool countTotal)
    {
        var size = first ?? _options.DefaultPageSize;
        if (size < 0 || size > _options.MaxPageSize)
            throw ClaimGraphException.Invalid("first", $"first must be between 0 and {_options.MaxPageSize}.");
        return new PageRequest(size, after, order, countTotal);
    }
}
