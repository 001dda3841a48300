using System.Globalization;
using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Schema;

namespace ClaimGraph.Server.Export;

/// <summary>
/// The focus of an export, from URL parameters or CLI options: actors, claims, sources (repeated or comma-separated,
/// global ids or bare keys), depth (default 2) and limit (default and maximum ClaimGraph:Graph:MaxExportNodes).
/// </summary>
public static class ExportQuery
{
    public static GraphFocus Parse(Func<string, IReadOnlyList<string>> values, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        var depth = Number(values("depth"), "depth") ?? 2;
        var limit = Number(values("limit"), "limit") ?? options.MaxExportNodes;
        if (limit < 1 || limit > options.MaxExportNodes)
            throw ClaimGraphException.Invalid("limit", $"limit must be between 1 and {options.MaxExportNodes} (ClaimGraph:Graph:MaxExportNodes).");
        return new GraphFocus(Ids(values("actors"), NodeKind.Actor, "actors"), Ids(values("claims"), NodeKind.Claim, "claims"),
            Ids(values("sources"), NodeKind.Source, "sources"), depth, limit);
    }

    private static List<string> Ids(IReadOnlyList<string> values, NodeKind kind, string name) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(id => GlobalId.KeyOf(id, kind, name)).Distinct(StringComparer.Ordinal).ToList();

    private static int? Number(IReadOnlyList<string> values, string name)
    {
        if (values.Count == 0)
            return null;
        if (values.Count > 1 || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            throw ClaimGraphException.Invalid(name, $"{name} must be one whole number, not '{string.Join(",", values)}'.");
        return n;
    }
}
