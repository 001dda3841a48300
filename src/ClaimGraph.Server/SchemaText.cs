using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace ClaimGraph.Server;

/// <summary>The printed schema, as committed in graph-schema/claimgraph.graphql.</summary>
public static class SchemaText
{
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
