using ClaimGraph.Ingest.Draft;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types.Ingest;

public sealed class DraftSourceType : ObjectGraphType<DraftSource>
{
    public DraftSourceType()
    {
        Name = "DraftSource";
        Description = "The proposed source; statement spans index into its text.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The source's id once committed.").Resolve(ctx => ctx.Source.Id);
        Field(s => s.Kind, type: typeof(NonNullGraphType<SourceKindType>));
        Field(s => s.Title);
        Field(s => s.Language);
        Field(s => s.Text);
        Field(s => s.Url, nullable: true);
        Field(s => s.PublisherRef, nullable: true).Description("Ref of the publisher among the draft's actors.");
        Field(s => s.AuthorRef, nullable: true).Description("Ref of the author among the draft's actors.");
        Field(s => s.PublishedAt, nullable: true);
    }
}
