using ClaimGraph.Core.Services;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class AttributionRoleType : EnumerationGraphType<AttributionRole>
{
    public AttributionRoleType()
    {
        Name = "AttributionRole";
        Description = "The part a node plays in how a statement's words reached the reader.";
    }
}
