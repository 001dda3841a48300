using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class StatementFilterType : InputObjectGraphType<StatementFilter>
{
    public StatementFilterType()
    {
        Name = "StatementFilter";
        Description = "All given conditions must hold. The time range applies to the statement's time, or its source's publication time when it has none.";
        Field(f => f.Text, nullable: true).Description("Words in the quote.");
        Field(f => f.Stances, type: typeof(ListGraphType<NonNullGraphType<StanceType>>));
        Field(f => f.Actor, type: typeof(IdGraphType));
        Field(f => f.Claim, type: typeof(IdGraphType));
        Field(f => f.Source, type: typeof(IdGraphType));
        Field(f => f.From, nullable: true).Description("Inclusive.");
        Field(f => f.To, nullable: true).Description("Inclusive.");
    }
}
