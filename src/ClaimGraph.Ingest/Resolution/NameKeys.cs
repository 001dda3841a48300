using System.Collections.Concurrent;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>TextNormalizer.Key of stored names, remembered across articles (keyed by the name itself); emptied past its limit.</summary>
internal static class NameKeys
{
    private const int Limit = 50_000;
    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    public static string Of(string name)
    {
        if (Keys.Count > Limit)
            Keys.Clear();
        return Keys.GetOrAdd(name, TextNormalizer.Key);
    }
}
