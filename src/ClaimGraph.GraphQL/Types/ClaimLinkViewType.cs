using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class ClaimLinkViewType : ObjectGraphType<ClaimLinkView>
{
    public ClaimLinkViewType()
    {
        Name = "LinkedClaim";
        Description = "A claim linked to the one asked about.";
        Field<NonNullGraphType<ClaimLinkKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(v => v.Outgoing).Description("True when the link goes from the claim asked about to this one (it SUPPORTS this one), false when it comes in.");
        Field<NonNullGraphType<ClaimType>>("claim").Resolve(ctx => ctx.Loaders().Claim.Load(ctx.Source.OtherClaimId));
        Field(v => v.Note, nullable: true);
    }
}
