using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>Which terms of each proposed claim <see cref="StoreResolution"/> searches, and how it scores what they find.</summary>
internal static class ClaimProbes
{
    /// <summary>
    /// For each claim, the terms to search: as <see cref="ResolutionIndex"/> probes them, all but the m − 1 commonest, where m is the
    /// fewest terms a stored claim scoring <paramref name="threshold"/> shares (so it shares one searched for); none matching no
    /// document or more than <paramref name="termLimit"/>; then, within <paramref name="budget"/> documents for all the claims,
    /// each claim's rarest term before any claim's second, and so on.
    /// </summary>
    public static List<List<string>> Choose(IReadOnlyList<HashSet<string>> claims, IReadOnlyDictionary<string, int> counts, double threshold, int termLimit, int budget)
    {
        var ranked = claims.Select(terms => terms.OrderBy(term => counts[term]).ThenBy(term => term, StringComparer.Ordinal)
            .Take(ClaimSimilarity.ProbedTermCount(terms.Count, threshold)).Where(term => counts[term] is > 0 && counts[term] <= termLimit).ToList()).ToList();

        var chosen = claims.Select(_ => new List<string>()).ToList();
        var searched = new HashSet<string>(StringComparer.Ordinal);
        long spent = 0;
        for (var rank = 0; ranked.Any(r => r.Count > rank); rank++)
        {
            for (var c = 0; c < ranked.Count; c++)
            {
                if (rank >= ranked[c].Count)
                    continue;
                var term = ranked[c][rank];
                if (searched.Contains(term))
                {
                    chosen[c].Add(term);
                    continue;
                }

                if (spent + counts[term] > budget)
                    continue;
                spent += counts[term];
                searched.Add(term);
                chosen[c].Add(term);
            }
        }

        return chosen;
    }

    /// <summary>Each stored claim scored against the proposed claims it shares one of their searched terms with; the best three each.</summary>
    public static IReadOnlyList<IReadOnlyList<ClaimCandidate>> Score(
        IReadOnlyList<(string Text, HashSet<string> Terms)> claims, IReadOnlyList<List<string>> probes, IReadOnlyList<Claim> stored, double threshold)
    {
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var c = 0; c < probes.Count; c++)
        {
            foreach (var term in probes[c])
            {
                if (!byTerm.TryGetValue(term, out var list))
                    byTerm[term] = list = [];
                list.Add(c);
            }
        }

        var found = claims.Select(_ => new List<ClaimCandidate>()).ToList();
        var seen = new HashSet<int>();
        foreach (var s in stored)
        {
            var terms = ClaimSimilarity.StoredClaimTerms(s.Text);
            seen.Clear();
            foreach (var term in terms)
            {
                if (!byTerm.TryGetValue(term, out var list))
                    continue;
                foreach (var c in list)
                {
                    if (!seen.Add(c))
                        continue;
                    var score = Math.Round(ClaimSimilarity.Score(claims[c].Terms, terms), 3);
                    if (score >= threshold)
                        found[c].Add(new ClaimCandidate(s.Id, s.Text, score));
                }
            }
        }

        return found.Select(f => f.Count == 0 ? [] : ClaimSimilarity.Best(f)).ToList();
    }
}
