using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Import;

/// <summary>A source. Its text is inline (<see cref="Text"/>) or in a file beside the import file (<see cref="TextFile"/>), read byte-for-byte as UTF-8.</summary>
public sealed record SourceRecord(
    string Id,
    SourceKind Kind,
    string Title,
    string Language,
    IReadOnlyList<string>? Cites = null,
    string? Url = null,
    string? Publisher = null,
    string? Author = null,
    DateTimeOffset? PublishedAt = null,
    string? Text = null,
    string? TextFile = null) : ImportRecord
{
    public Source ToModel(string? text) =>
        new(Id, Kind, Title, Language, Cites ?? [], Url, Publisher, Author, PublishedAt, text);

    public static SourceRecord FromModel(Source s) =>
        new(s.Id, s.Kind, s.Title, s.Language, s.CitedSourceIds, s.Url, s.PublisherId, s.AuthorId, s.PublishedAt, s.Text);
}
