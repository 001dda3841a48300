using ClaimGraph.Core.Model;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class SourceKindType : EnumerationGraphType<SourceKind>
{
    public SourceKindType()
    {
        Name = "SourceKind";
        Description = "What kind of document a source is.";
    }
}
