using ClaimGraph.Core.Text;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>The key names and titles sort by: folded, so case, accents and Arabic spelling variants sort together.</summary>
internal static class SortText
{
    public static string? Of(string? text) => text is null ? null : TextNormalizer.Fold(text).Trim();
}
