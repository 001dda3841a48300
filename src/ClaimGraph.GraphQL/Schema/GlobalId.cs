using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>
/// Global ids are "Type:key" (for example "Actor:sdf"): stable, readable in a playground, and unique
/// across types. Arguments that expect one type also accept the bare key.
/// </summary>
public static class GlobalId
{
    public static string Of(NodeKind kind, string key) => $"{kind}:{key}";

    public static bool TryParse(string id, out NodeKind kind, out string key)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Enum.TryParse(id[..colon], ignoreCase: false, out kind) && Enum.IsDefined(kind))
        {
            key = id[(colon + 1)..];
            return key.Length > 0;
        }

        kind = default;
        key = id;
        return false;
    }

    /// <summary>The key of an id that must name a <paramref name="expected"/> (global form or bare key).</summary>
    public static string KeyOf(string id, NodeKind expected, string field)
    {
        if (TryParse(id, out var kind, out var key))
        {
            if (kind != expected)
                throw ClaimGraphException.Invalid(field, $"{field} must be a {expected} id, but '{id}' is a {kind} id.");
            return key;
        }

        if (id.Contains(':', StringComparison.Ordinal))
            throw ClaimGraphException.Invalid(field, $"'{id}' is not an id: use '{expected}:key' or the bare key.");
        return id;
    }

    public static string? OptionalKeyOf(string? id, NodeKind expected, string field) =>
        id is null ? null : KeyOf(id, expected, field);
}
