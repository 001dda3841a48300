using ClaimGraph.Core.Auditing;
using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>
/// The storage port. Every batched read takes many keys and answers in one round trip, so the
/// API's loaders make a fixed number of store calls per query level. Writes run through
/// <see cref="WriteAsync{T}"/>: all of the work commits, or none of it.
/// </summary>
public interface IClaimStore
{
    Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Statements whose <paramref name="edge"/> column is one of <paramref name="keys"/>.</summary>
    Task<IReadOnlyList<Statement>> GetStatementsByAsync(StatementEdge edge, IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>
    /// Like <see cref="GetStatementsByAsync"/>, but only statements with one of <paramref name="stances"/> (all when null)
    /// and at most <paramref name="limitPerKey"/> per key, those with the lowest ids; the answer is ordered by id.
    /// </summary>
    Task<IReadOnlyList<Statement>> GetFirstStatementsByAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance>? stances, int limitPerKey, CancellationToken ct = default) =>
        StatementLimits.FirstByAsync(this, edge, keys, stances, limitPerKey, ct);

    /// <summary>
    /// <see cref="GetFirstStatementsByAsync"/> for each of <paramref name="stances"/> at once: at most
    /// <paramref name="limitPerKeyAndStance"/> statements per key and stance, those with the lowest ids; the answer is
    /// ordered by id. A claim's stance groups are read with one call instead of one per stance.
    /// </summary>
    Task<IReadOnlyList<Statement>> GetFirstStatementsByStanceAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance> stances, int limitPerKeyAndStance, CancellationToken ct = default) =>
        StatementLimits.FirstByStanceAsync(this, edge, keys, stances, limitPerKeyAndStance, ct);

    /// <summary>Per claim, stance and actor: how many statements, ordered by claim id, then the first statement's id.</summary>
    Task<IReadOnlyList<ClaimStanceActor>> GetClaimStanceActorsAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default) =>
        StatementLimits.ClaimStanceActorsAsync(this, claimIds, ct);

    /// <summary>Links touching any of the claims, in either direction.</summary>
    Task<IReadOnlyList<ClaimLink>> GetClaimLinksAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default);

    /// <summary>Actors whose affiliation is one of <paramref name="actorIds"/>.</summary>
    Task<IReadOnlyList<Actor>> GetAffiliatesAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct = default);

    /// <summary>
    /// For each actor, pairs of its statements and another actor's statements that contradict them:
    /// opposite polarity on the same claim, or same polarity on claims linked as contradicting.
    /// Only pairs in <paramref name="direction"/> are kept, and at most <paramref name="limitPerActor"/> per actor:
    /// the first by own statement id, then the other statement's actor id, then other statement id, then
    /// same-claim before via-link (the order of the answer too, after the asked actor's id). Own statement
    /// first lets a store stop at the limit without finding every pair (a busy claim has tens of thousands).
    /// </summary>
    Task<IReadOnlyList<Contradiction>> GetContradictionsAsync(
        IReadOnlyCollection<string> actorIds, ContradictionDirection direction, int limitPerActor, CancellationToken ct = default);

    /// <summary>
    /// <see cref="GetContradictionsAsync"/> for each of <paramref name="directions"/>, answered in order, in one round trip where
    /// the store can: an actor's contradicts and contradictedBy share most of their work (the same statements, claims and links).
    /// </summary>
    async Task<IReadOnlyList<IReadOnlyList<Contradiction>>> GetContradictionsEachWayAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyList<ContradictionDirection> directions, int limitPerActor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(directions);
        var results = new List<IReadOnlyList<Contradiction>>(directions.Count);
        foreach (var direction in directions)
            results.Add(await GetContradictionsAsync(actorIds, direction, limitPerActor, ct));
        return results;
    }

    Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default);

    Task<Page<Claim>> QueryClaimsAsync(ClaimQuery query, PageRequest page, CancellationToken ct = default);

    Task<Page<Source>> QuerySourcesAsync(SourceQuery query, PageRequest page, CancellationToken ct = default);

    Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default);

    /// <summary>Claims with statements on both sides, most contested first (see <see cref="ContestedClaim"/>).</summary>
    Task<Page<ContestedClaim>> QueryContestedClaimsAsync(PageRequest page, CancellationToken ct = default);

    /// <summary>Full-text search; <paramref name="text"/> is raw user text, normalised and escaped by the store.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct = default);

    /// <summary>
    /// <see cref="SearchAsync"/> for each of <paramref name="texts"/>, answered in order, in one round trip
    /// where the store can (the article extractor looks up every speaker and claim word of an article at once).
    /// </summary>
    async Task<IReadOnlyList<IReadOnlyList<SearchHit>>> SearchEachAsync(IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new List<IReadOnlyList<SearchHit>>(texts.Count);
        foreach (var text in texts)
            results.Add(await SearchAsync(text, kinds, limit, ct));
        return results;
    }

    /// <summary>
    /// Nodes of <paramref name="kinds"/> matching ANY of <paramref name="texts"/> (each read as <see cref="SearchAsync"/> reads it),
    /// at most <paramref name="limit"/>, best first, in one round trip where the store can: the article extractor's look-up of
    /// every speaker, or of every claim word, of an article. A store that can tell how many search documents (of any kind) a text
    /// matches searches the rarest texts first and leaves out the rest once their documents would pass
    /// <paramref name="documentBudget"/>: common words cost the most and say the least. This default searches each text
    /// (at most <paramref name="limit"/> hits each) and keeps every text.
    /// </summary>
    async Task<IReadOnlyList<SearchHit>> SearchAnyAsync(
        IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind> kinds, int limit, int documentBudget, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var each = await SearchEachAsync(texts, kinds, limit, ct);
        return each.SelectMany(hits => hits).GroupBy(h => (h.Kind, h.Id)).Select(g => g.MaxBy(h => h.Score)!)
            .OrderByDescending(h => h.Score).ThenBy(h => h.Kind).ThenBy(h => h.Id, StringComparer.Ordinal).Take(limit).ToList();
    }

    /// <summary>
    /// Actors with a name or alias that reads as one of <paramref name="names"/> under <see cref="Text.TextNormalizer.Key"/>, or
    /// whose name or alias ends with one word for word (a surname naming a person), in one round trip where the store can: the
    /// article extractor's look-up of an article's speakers. The caller checks each actor again, so a store may answer more.
    /// This default searches the names (20 hits each) and reads the actors found.
    /// </summary>
    async Task<IReadOnlyList<Actor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
            return [];
        var hits = await SearchAnyAsync(names.ToList(), [NodeKind.Actor], 20 * names.Count, int.MaxValue, ct);
        var ids = hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        return ids.Count == 0 ? [] : await GetActorsAsync(ids, ct);
    }

    /// <summary>
    /// How many search documents, of any kind, each of <paramref name="texts"/> matches as <see cref="SearchAnyAsync"/> reads it,
    /// counted no further than <paramref name="cap"/> (a text at the cap matches at least that many), in order; null when the
    /// store cannot count cheaply (this default). The article extractor searches each proposed claim's rarest words with it.
    /// </summary>
    Task<IReadOnlyList<int>?> CountMatchesAsync(IReadOnlyList<string> texts, int cap, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<int>?>(null);

    /// <summary>
    /// How many stored claims hold each of <paramref name="terms"/> (terms as <see cref="Text.ClaimTerms.Of"/> derives them from a
    /// claim's text, matched whole), and how many claims there are, in one round trip; null when the store keeps no claim-term
    /// index (this default): the article extractor then falls back to <see cref="CountMatchesAsync"/> and <see cref="SearchAnyAsync"/>.
    /// </summary>
    Task<ClaimTermCounts?> CountClaimTermsAsync(IReadOnlyList<string> terms, CancellationToken ct = default) =>
        Task.FromResult<ClaimTermCounts?>(null);

    /// <summary>
    /// For each probe, the <paramref name="perProbe"/> stored claims that score best with it (Dice over their terms, rounded to three
    /// places, ties by id), among those holding one of its probed terms and scoring at least <paramref name="minScore"/>; their ids,
    /// in one round trip. The caller scores the claims again (a store may answer more). This default, for stores that count no
    /// claim terms, searches the probed terms as text (<see cref="SearchAnyAsync"/>, which also finds claims where a term is a
    /// word's prefix, at most 500) and leaves the scoring to the caller.
    /// </summary>
    async Task<IReadOnlyList<string>> ClaimsWithTermsAsync(IReadOnlyList<ClaimTermProbe> probes, double minScore, int perProbe, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(probes);
        var terms = probes.SelectMany(p => p.Probed).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0 || perProbe <= 0)
            return [];
        var hits = await SearchAnyAsync(terms, [NodeKind.Claim], 500, int.MaxValue, ct);
        return hits.Select(h => h.Id).Distinct(StringComparer.Ordinal).ToList();
    }

    Task<GraphCounts> CountAsync(CancellationToken ct = default);

    /// <summary>
    /// Statements matching <paramref name="filter"/>, counted per group and stance (a GROUP BY, so charts need not load
    /// every statement). Grouping by time skips statements with no time of their own and no dated source.
    /// </summary>
    Task<IReadOnlyList<StatementCount>> CountStatementsAsync(StatementQuery filter, StatGrouping by, TimeBucket bucket, CancellationToken ct = default) =>
        StatementScan.CountAsync(this, filter, by, bucket, ct);

    /// <summary>Statements matching <paramref name="filter"/>, counted per actor, claim and stance (the stance matrix).</summary>
    Task<IReadOnlyList<StanceCount>> CountStancesAsync(StatementQuery filter, CancellationToken ct = default) =>
        StatementScan.CountStancesAsync(this, filter, ct);

    /// <summary>Runs <paramref name="work"/> in one transaction; an exception rolls everything back.</summary>
    Task<T> WriteAsync<T>(Func<IClaimWriter, Task<T>> work, CancellationToken ct = default);

    /// <summary>
    /// <see cref="WriteAsync{T}"/> for a caller that itself makes sure, before <paramref name="work"/> returns, that every
    /// reference it writes resolves (to a record stored before or written in the same transaction), failing otherwise
    /// (the bulk importer does); a store may then skip its own per-row reference checks. The SQLite store does during a
    /// bulk phase, where the foreign-key look-ups were about a tenth of the import's CPU; the default is WriteAsync.
    /// </summary>
    Task<T> WriteWithCheckedReferencesAsync<T>(Func<IClaimWriter, Task<T>> work, CancellationToken ct = default) =>
        WriteAsync(work, ct);

    /// <summary>The checkpoint of an unfinished bulk import of <paramref name="key"/>, or null (also for stores that keep none).</summary>
    Task<ImportCheckpoint?> GetImportCheckpointAsync(string key, CancellationToken ct = default) => Task.FromResult<ImportCheckpoint?>(null);

    /// <summary>
    /// Who recorded and last changed each of the nodes, and when, for those the store keeps stamps of.
    /// A store that keeps none answers with none (the default), and the API shows nulls.
    /// </summary>
    Task<IReadOnlyList<WriteStamp>> GetWriteStampsAsync(NodeKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<WriteStamp>>([]);

    /// <summary>
    /// Lets a bulk import of about <paramref name="records"/> records defer index and derived-data upkeep until
    /// <see cref="EndBulkPhaseAsync"/>, when the store can do that safely and it pays (the SQLite store: nobody
    /// else has the file open, and the import is not small next to what the store holds). False (the default):
    /// writes go on as usual. Whatever the answer, the data written is the same once the phase has ended.
    /// </summary>
    Task<bool> BeginBulkPhaseAsync(long records, CancellationToken ct = default) => Task.FromResult(false);

    /// <summary>Brings everything deferred since <see cref="BeginBulkPhaseAsync"/> up to date; does nothing outside a bulk phase.</summary>
    Task EndBulkPhaseAsync(CancellationToken ct = default) => Task.CompletedTask;
}
