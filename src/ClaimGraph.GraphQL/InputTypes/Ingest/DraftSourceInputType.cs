using ClaimGraph.GraphQL.Inputs.Ingest;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes.Ingest;

public sealed class DraftSourceInputType : InputObjectGraphType<DraftSourceInput>
{
    public DraftSourceInputType()
    {
        Name = "DraftSourceInput";
        Field(s => s.Key);
        Field(s => s.Kind, type: typeof(NonNullGraphType<SourceKindType>));
        Field(s => s.Title);
        Field(s => s.Language);
        Field(s => s.Text);
        Field(s => s.Url, nullable: true);
        Field(s => s.PublisherRef, nullable: true);
        Field(s => s.AuthorRef, nullable: true);
        Field(s => s.PublishedAt, nullable: true);
    }
}
