using ClaimGraph.Core.Model;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class ClaimLinkType : ObjectGraphType<ClaimLink>
{
    public ClaimLinkType()
    {
        Name = "ClaimLink";
        Field<NonNullGraphType<ClaimType>>("from").Resolve(ctx => ctx.Loaders().Claim.Load(ctx.Source.FromClaimId));
        Field<NonNullGraphType<ClaimType>>("to").Resolve(ctx => ctx.Loaders().Claim.Load(ctx.Source.ToClaimId));
        Field<NonNullGraphType<ClaimLinkKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(l => l.Note, nullable: true);
    }
}
