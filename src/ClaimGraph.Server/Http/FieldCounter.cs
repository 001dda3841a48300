using GraphQLParser.AST;

namespace ClaimGraph.Server.Http;

/// <summary>
/// Counts the field selections of a selection set as if its fragments were expanded, without expanding them: each
/// fragment's count is computed once and reused, so a document whose fragments double at every level is counted in
/// linear time. Counts saturate instead of overflowing; a fragment spread inside its own cycle counts 0 (GraphQL.NET
/// refuses cycles anyway).
/// </summary>
internal sealed class FieldCounter(GraphQLDocument document)
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
        .OfType<GraphQLFragmentDefinition>()
        .DistinctBy(f => f.FragmentName.Name.StringValue)
        .ToDictionary(f => f.FragmentName.Name.StringValue);

    private readonly Dictionary<string, long> _counted = [];
    private readonly HashSet<string> _counting = [];

    public long Count(GraphQLSelectionSet selectionSet)
    {
        var count = 0L;
        foreach (var selection in selectionSet.Selections)
        {
            count = Add(count, selection switch
            {
                GraphQLField field => Add(1, field.SelectionSet is { } inner ? Count(inner) : 0),
                GraphQLInlineFragment inline => Count(inline.SelectionSet),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            });
        }

        return count;
    }

    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private long Fragment(string name)
    {
        if (_counted.TryGetValue(name, out var known))
            return known;
        if (!_fragments.TryGetValue(name, out var fragment) || !_counting.Add(name))
            return 0;
        var count = Count(fragment.SelectionSet);
        _counting.Remove(name);
        _counted[name] = count;
        return count;
    }
}
