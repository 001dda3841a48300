using ClaimGraph.Core.Store;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class ContradictionEvidenceType : ObjectGraphType<Contradiction>
{
    public ContradictionEvidenceType()
    {
        Name = "ContradictionEvidence";
        Field<NonNullGraphType<StatementType>>("statement").Description("The statement of the actor asked about.").Resolve(ctx => ctx.Source.Own);
        Field<NonNullGraphType<StatementType>>("opposing").Description("The other actor's statement that contradicts it.").Resolve(ctx => ctx.Source.Other);
        Field(c => c.ViaLink).Description("True when the two statements are on different claims linked as CONTRADICTS; false when they take opposite stances on one claim.");
    }
}
