using ClaimGraph.GraphQL.Inputs.Ingest;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes.Ingest;

public sealed class ExtractArticleInputType : InputObjectGraphType<ExtractArticleInput>
{
    public ExtractArticleInputType()
    {
        Name = "ExtractArticleInput";
        Description = "An article's text and what is known about it.";
        Field(a => a.Text).Description("The full text; statement spans index into it (UTF-16 code units).");
        Field(a => a.Title, nullable: true).Description("Taken from the text when omitted.");
        Field(a => a.Publisher, nullable: true).Description("A stored actor's key, or a name to match or propose; read from a byline (\"Outlet - (Author)\") when omitted.");
        Field(a => a.Author, nullable: true).Description("A stored actor's key or a name.");
        Field(a => a.Url, nullable: true);
        Field(a => a.PublishedAt, nullable: true);
        Field(a => a.Language, nullable: true).Description("ar or en; detected from the script when omitted.");
        Field(a => a.Key, nullable: true).Description("The source's id; derived from a hash of the text when omitted, so extracting the same text twice proposes the same ids.");
        Field(a => a.Kind, type: typeof(SourceKindType)).Description("ARTICLE when omitted.");
    }
}
