using ClaimGraph.Core.Model;
using ClaimGraph.GraphQL.Schema;
using ClaimGraph.Ingest.Draft;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types.Ingest;

public sealed class ClaimCandidateType : ObjectGraphType<ClaimCandidate>
{
    public ClaimCandidateType()
    {
        Name = "ClaimCandidate";
        Description = "A stored claim that may be the same proposition; score is the similarity of their folded words (0 to 1).";
        Field<NonNullGraphType<IdGraphType>>("claimId").Resolve(ctx => GlobalId.Of(NodeKind.Claim, ctx.Source.ClaimId));
        Field(c => c.Text);
        Field(c => c.Score);
    }
}
