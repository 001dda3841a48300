using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class SourceFilterType : InputObjectGraphType<SourceFilter>
{
    public SourceFilterType()
    {
        Name = "SourceFilter";
        Description = "All given conditions must hold.";
        Field(f => f.Text, nullable: true).Description("Words in the title.");
        Field(f => f.Kinds, type: typeof(ListGraphType<NonNullGraphType<SourceKindType>>));
        Field(f => f.Language, nullable: true);
        Field(f => f.Publisher, type: typeof(IdGraphType));
        Field(f => f.PublishedFrom, nullable: true).Description("Inclusive.");
        Field(f => f.PublishedTo, nullable: true).Description("Inclusive.");
    }
}
