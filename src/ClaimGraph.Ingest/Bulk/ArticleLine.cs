using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Bulk;

/// <summary>One line of an articles NDJSON file.</summary>
public sealed record ArticleLine(
    string? Text,
    string? Title = null,
    string? Publisher = null,
    string? Author = null,
    string? Url = null,
    DateTimeOffset? PublishedAt = null,
    string? Language = null,
    string? Id = null)
{
    public ArticleInput ToInput(ArticleInput defaults) => defaults with
    {
        Text = Text ?? "",
        Title = Title ?? defaults.Title,
        Publisher = Publisher ?? defaults.Publisher,
        Author = Author ?? defaults.Author,
        Url = Url ?? defaults.Url,
        PublishedAt = PublishedAt ?? defaults.PublishedAt,
        Language = Language ?? defaults.Language,
        SourceId = Id ?? defaults.SourceId,
    };
}
