using System.Diagnostics;
using ClaimGraph.Ingest.Resolution;

namespace ClaimGraph.Ingest.Evaluation;

/// <summary>
/// How far the per-article store path (<see cref="StoreResolution"/>) agrees with a bulk run's <see cref="ResolutionIndex"/> on
/// the stored claims each proposes for the same claims, asked an article's claims at a time: per claim, whether the top candidate
/// is the same (or both propose none) or at least scores the same (ties are broken by id, and a capped search may miss a tie), how
/// many of the index's candidates the store path also proposes (recall), and how many it proposes that the index does not.
/// </summary>
public sealed record ResolutionAgreement(
    int Articles, int Claims, int SameTop, int SameTopScore, int IndexProposed, int IndexTopFound, int IndexCandidates, int Recalled, int StoreOnly,
    int ArticlesIdentical, TimeSpan StoreTime)
{
    public double Recall => IndexCandidates == 0 ? 1 : (double)Recalled / IndexCandidates;

    public static async Task<ResolutionAgreement> MeasureAsync(
        IResolutionSource store, IResolutionSource index, IReadOnlyList<IReadOnlyList<string>> articles, double threshold, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(articles);
        int claims = 0, sameTop = 0, sameScore = 0, indexProposed = 0, indexTopFound = 0, indexCandidates = 0, recalled = 0, storeOnly = 0, identical = 0;
        var clock = new Stopwatch();
        foreach (var texts in articles)
        {
            var proposed = texts.Select(t => (t, ClaimSimilarity.Terms(t))).ToList();
            var fromIndex = await index.CandidatesAsync(proposed, threshold, ct);
            clock.Start();
            var fromStore = await store.CandidatesAsync(proposed, threshold, ct);
            clock.Stop();
            var same = true;
            for (var i = 0; i < proposed.Count; i++)
            {
                var bulk = fromIndex[i];
                var mine = fromStore[i];
                claims++;
                var (bulkTop, myTop) = (bulk.Count > 0 ? bulk[0] : null, mine.Count > 0 ? mine[0] : null);
                sameTop += bulkTop?.ClaimId == myTop?.ClaimId ? 1 : 0;
                sameScore += bulkTop?.Score == myTop?.Score ? 1 : 0;
                indexProposed += bulk.Count > 0 ? 1 : 0;
                indexTopFound += bulk.Count > 0 && mine.Any(m => m.ClaimId == bulk[0].ClaimId) ? 1 : 0;
                indexCandidates += bulk.Count;
                recalled += bulk.Count(b => mine.Any(m => m.ClaimId == b.ClaimId));
                storeOnly += mine.Count(m => bulk.All(b => b.ClaimId != m.ClaimId));
                same &= bulk.SequenceEqual(mine);
            }

            identical += same ? 1 : 0;
        }

        return new ResolutionAgreement(articles.Count, claims, sameTop, sameScore, indexProposed, indexTopFound, indexCandidates, recalled, storeOnly, identical, clock.Elapsed);
    }

    public IEnumerable<string> Lines()
    {
        yield return $"{Articles} articles, {Claims} claims; the store path took {StoreTime.TotalMilliseconds / Math.Max(1, Articles):0.0} ms an article for its candidates";
        yield return $"same top candidate (or both none): {SameTop}/{Claims} claims ({Share(SameTop, Claims)}); same top score: {SameTopScore}/{Claims} ({Share(SameTopScore, Claims)}); articles proposing exactly alike: {ArticlesIdentical}/{Articles}";
        yield return $"claims the index proposes for: {IndexProposed}; its top candidate among the store path's: {IndexTopFound}/{IndexProposed} ({Share(IndexTopFound, IndexProposed)})";
        yield return $"recall of the index's candidates: {Recalled}/{IndexCandidates} ({Share(Recalled, IndexCandidates)}); proposed by the store path only: {StoreOnly}";
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P1", System.Globalization.CultureInfo.InvariantCulture);
}
