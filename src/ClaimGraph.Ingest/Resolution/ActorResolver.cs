using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// Matches names to stored actors by name or alias under TextNormalizer.Key (Arabic folding, the
/// article and attached و/ف, case). One look-up of the actors named by any of the names
/// (<see cref="IClaimStore.ActorsNamedAsync"/>), each checked here again. Anonymous sources never match across articles: they are scoped to their source.
/// </summary>
public sealed class ActorResolver(IClaimStore store)
{
    public async Task<IReadOnlyDictionary<string, Actor>> ResolveAsync(IReadOnlyCollection<string> names, CancellationToken ct = default)
    {
        var keys = names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToDictionary(n => n, TextNormalizer.Key);
        if (keys.Count == 0)
            return new Dictionary<string, Actor>();
        var actors = (await store.ActorsNamedAsync(keys.Keys, ct)).Where(a => a.Kind != ActorKind.AnonymousSource).ToList();
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
