using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// The stored actors and claims held in memory for a bulk run, so that resolving an article costs
/// dictionary look-ups instead of a full-text search per word: actors by id and by the folded key
/// (<see cref="TextNormalizer.Key"/>) of every name and alias, persons also by their trailing words,
/// and claims by the terms <see cref="ClaimSimilarity"/> scores. It answers as <see cref="StoreResolution"/>
/// does, except that no search cap can hide a match. It sees only what it loaded and what the run
/// itself commits (<see cref="Add"/>): load it at the start of a run, and not for one article.
/// Not thread-safe: one run, one thread.
/// </summary>
public sealed class ResolutionIndex : IResolutionSource
{
    private const int PageSize = 5_000;

    private readonly Dictionary<string, Actor> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _personByTail = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Text, string[] Terms)> _claims = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<int> _touched = [];
    private int[] _counts = new int[1024];

    private ResolutionIndex()
    {
    }

    public int ActorCount => _byId.Count;

    private int CommonTermLimit => ClaimSimilarity.CommonTermLimit(_claims.Count);

    public int ClaimCount => _claims.Count;

    /// <summary>Reads every actor and claim of the store, a page at a time.</summary>
    public static async Task<ResolutionIndex> LoadAsync(IClaimStore store, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var index = new ResolutionIndex();
        string? after = null;
        do
        {
            var page = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(PageSize, after), ct);
            foreach (var item in page.Items)
                index.AddActor(item.Node);
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);

        do
        {
            var page = await store.QueryClaimsAsync(new ClaimQuery(), new PageRequest(PageSize, after), ct);
            foreach (var item in page.Items)
                index.AddClaim(item.Node.Id, item.Node.Text);
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);

        return index;
    }

    /// <summary>Takes in what committing <paramref name="draft"/> wrote: its new actors and new claims.</summary>
    public void Add(ExtractionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        foreach (var a in draft.Actors.Where(a => a.IsNew))
            AddActor(new Actor(a.Ref, a.Name, a.Language, a.Kind, [], a.Description, null, a.Role, a.Kind == ActorKind.AnonymousSource ? draft.Source.Id : null));
        foreach (var c in draft.Claims.Where(c => c.ExistingClaimId is null))
            AddClaim(c.Ref, c.Text);
    }

    public Task<Actor?> ActorByIdAsync(string id, CancellationToken ct = default) =>
        Task.FromResult(_byId.GetValueOrDefault(id));

    public Task<IReadOnlyDictionary<string, Actor>> ResolveActorsAsync(IReadOnlyCollection<string> names, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        var result = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name) || result.ContainsKey(name))
                continue;
            var key = TextNormalizer.Key(name);
            if (_byKey.TryGetValue(key, out var actor) || key.Length >= 4 && _personByTail.TryGetValue(key, out actor))
                result[name] = actor;
        }

        return Task.FromResult<IReadOnlyDictionary<string, Actor>>(result);
    }

    public Task<IReadOnlyList<IReadOnlyList<ClaimCandidate>>> CandidatesAsync(
        IReadOnlyList<(string Text, HashSet<string> Terms)> claims, double threshold, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Task.FromResult<IReadOnlyList<IReadOnlyList<ClaimCandidate>>>(claims.Select(c => Candidates(c.Terms, threshold)).ToList());
    }

    private IReadOnlyList<ClaimCandidate> Candidates(HashSet<string> terms, double threshold)
    {
        if (terms.Count == 0 || _claims.Count == 0)
            return [];

        // A stored claim with Dice >= t shares at least m = ceil(t|a|/(2-t)) of these terms, so it shares one
        // of all but the m-1 commonest: only those postings are counted, and the commonest are checked
        // only for claims that could still reach t with them. A term in more than CommonTermLimit claims
        // (a stop word of this store) counts in the score but proposes no claim by itself.
        var t = Math.Max(threshold - 0.0005, 0.01);
        var ordered = terms.OrderBy(term => _postings.TryGetValue(term, out var p) ? p.Count : 0).ToList();
        var probed = ClaimSimilarity.ProbedTermCount(ordered.Count, threshold);
        var limit = CommonTermLimit;
        while (probed > 0 && _postings.TryGetValue(ordered[probed - 1], out var p) && p.Count > limit)
            probed--;
        var common = ordered.GetRange(probed, ordered.Count - probed);

        _touched.Clear();
        for (var k = 0; k < probed; k++)
        {
            if (!_postings.TryGetValue(ordered[k], out var postings))
                continue;
            foreach (var i in postings)
            {
                if (_counts[i]++ == 0)
                    _touched.Add(i);
            }
        }

        var found = new List<ClaimCandidate>();
        foreach (var i in _touched)
        {
            var shared = _counts[i];
            _counts[i] = 0;
            var (id, text, stored) = _claims[i];
            var total = terms.Count + stored.Length;
            if (2.0 * (shared + common.Count) / total < t)
                continue;
            foreach (var c in common)
                shared += Array.IndexOf(stored, c) >= 0 ? 1 : 0;
            var score = Math.Round(2.0 * shared / total, 3);
            if (score >= threshold)
                found.Add(new ClaimCandidate(id, text, score));
        }

        return found.Count == 0 ? [] : ClaimSimilarity.Best(found);
    }

    private void AddActor(Actor actor)
    {
        _byId[actor.Id] = actor;
        if (actor.Kind == ActorKind.AnonymousSource)
            return;
        foreach (var name in actor.AllNames)
        {
            var key = TextNormalizer.Key(name);
            if (key.Length == 0)
                continue;
            _byKey.TryAdd(key, actor);
            if (actor.Kind != ActorKind.Person)
                continue;
            // "العطار" or "Braga" alone names the person whose full name ends with it.
            for (var space = key.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = key.IndexOf(' ', space + 1))
            {
                var tail = key[(space + 1)..];
                if (tail.Length >= 4)
                    _personByTail.TryAdd(tail, actor);
            }
        }
    }

    private void AddClaim(string id, string text)
    {
        var terms = ClaimSimilarity.Terms(text).ToArray();
        var index = _claims.Count;
        _claims.Add((id, text, terms));
        if (index >= _counts.Length)
            Array.Resize(ref _counts, _counts.Length * 2);
        foreach (var term in terms)
        {
            if (!_postings.TryGetValue(term, out var list))
                _postings[term] = list = [];
            list.Add(index);
        }
    }
}
