using ClaimGraph.Core.Model;
using ClaimGraph.GraphQL.Schema;
using ClaimGraph.Ingest.Draft;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types.Ingest;

public sealed class DraftClaimType : ObjectGraphType<DraftClaim>
{
    public DraftClaimType()
    {
        Name = "DraftClaim";
        Description = "A proposed claim, with stored claims that read alike as candidate links (best first).";
        Field(c => c.Ref);
        Field(c => c.Text);
        Field(c => c.Language);
        Field<IdGraphType>("existingClaimId").Description("Set to a candidate's id to attach the statements to that stored claim instead.")
            .Resolve(ctx => ctx.Source.ExistingClaimId is { } id ? GlobalId.Of(NodeKind.Claim, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimCandidateType>>>>("candidates").Resolve(ctx => ctx.Source.Candidates ?? []);
    }
}
