using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class ContestedClaimType : ObjectGraphType<ContestedClaim>
{
    public ContestedClaimType()
    {
        Name = "ContestedClaim";
        Description = "A claim some actors hold true and others deny.";
        Field<NonNullGraphType<ClaimType>>("claim").Resolve(ctx => ctx.Loaders().Claim.Load(ctx.Source.ClaimId));
        Field(c => c.SupportingActors).Description("Distinct actors that assert or confirm it.");
        Field(c => c.DenyingActors).Description("Distinct actors that deny it.");
        Field(c => c.Score).Description("The smaller side's count: ranking puts even splits first.");
    }
}
