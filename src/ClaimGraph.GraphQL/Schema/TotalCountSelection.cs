using GraphQL;

namespace ClaimGraph.GraphQL.Schema;

internal static class TotalCountSelection
{
    /// <summary>
    /// Whether the connection being resolved selects <c>totalCount</c> (under any alias, directly or through
    /// fragments, after @include/@skip): only then is it worth counting every match.
    /// </summary>
    public static bool SelectsTotalCount(this IResolveFieldContext ctx) =>
        ctx.SubFields?.Values.Any(f => f.FieldType.Name == "totalCount") ?? true;
}
