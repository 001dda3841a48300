using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class RecordSourceInputType : InputObjectGraphType<RecordSourceInput>
{
    public RecordSourceInputType()
    {
        Name = "RecordSourceInput";
        Field(s => s.Key, nullable: true).Description("Generated when omitted.");
        Field(s => s.Kind, type: typeof(NonNullGraphType<SourceKindType>));
        Field(s => s.Title);
        Field(s => s.Language).Description("BCP 47 tag.");
        Field(s => s.Url, nullable: true);
        Field(s => s.Publisher, type: typeof(IdGraphType));
        Field(s => s.Author, type: typeof(IdGraphType));
        Field(s => s.PublishedAt, nullable: true);
        Field(s => s.Text, nullable: true).Description("The full text; statement spans index into it.");
        Field(s => s.Cites, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>));
    }
}
