using ClaimGraph.Core.Model;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class ClaimLinkKindType : EnumerationGraphType<ClaimLinkKind>
{
    public ClaimLinkKindType()
    {
        Name = "ClaimLinkKind";
        Description = "How two claims relate. CONTRADICTS is symmetric; SUPPORTS reads from → to.";
    }
}
