using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// Matches names to stored actors by name or alias under TextNormalizer.Key (Arabic folding, the
/// article and attached و/ف, case). One search for all the names (any of them), then one batched read of
/// every candidate. Anonymous sources never match across articles: they are scoped to their source.
/// </summary>
public sealed class ActorResolver(IClaimStore store)
{
    private const int HitsPerName = 20;
    private static readonly NodeKind[] ActorKinds = [NodeKind.Actor];

    public async Task<IReadOnlyDictionary<string, Actor>> ResolveAsync(IReadOnlyCollection<string> names, CancellationToken ct = default)
    {
        var keys = names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToDictionary(n => n, TextNormalizer.Key);
        var hitIds = (await store.SearchAnyAsync(keys.Keys.ToList(), ActorKinds, HitsPerName * keys.Count, int.MaxValue, ct))
            .Select(h => h.Id).ToHashSet(StringComparer.Ordinal);

        if (hitIds.Count == 0)
            return new Dictionary<string, Actor>();
        var actors = (await store.GetActorsAsync(hitIds, ct)).Where(a => a.Kind != ActorKind.AnonymousSource).ToList();
        var result = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var (name, key) in keys)
        {
            var match = actors.FirstOrDefault(a => a.AllNames.Any(n => NameKeys.Of(n) == key))
                ?? actors.FirstOrDefault(a => a.Kind == ActorKind.Person && a.AllNames.Any(n => EndsWithWords(NameKeys.Of(n), key)));
            if (match is not null)
                result[name] = match;
        }

        return result;
    }

    private static bool EndsWithWords(string full, string tail) =>
        full.Length > tail.Length && tail.Length >= 4 && full.EndsWith(" " + tail, StringComparison.Ordinal);
}
