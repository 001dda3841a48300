using ClaimGraph.Core.Model;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class StanceType : EnumerationGraphType<Stance>
{
    public StanceType()
    {
        Name = "Stance";
        Description = "The position an actor takes on a claim (see graph-schema/model.md).";
    }
}
