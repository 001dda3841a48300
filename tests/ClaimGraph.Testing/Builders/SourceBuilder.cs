using ClaimGraph.Core.Model;

namespace ClaimGraph.Testing.Builders;

public sealed class SourceBuilder(string id)
{
    private readonly List<string> _cited = [];
    private SourceKind _kind = SourceKind.Article;
    private string? _title;
    private string _language = "en";
    private string? _url;
    private string? _publisherId;
    private string? _authorId;
    private DateTimeOffset? _publishedAt;
    private string? _text;

    public SourceBuilder OfKind(SourceKind kind)
    {
        _kind = kind;
        return this;
    }

    public SourceBuilder Titled(string title, string? language = null)
    {
        _title = title;
        _language = language ?? _language;
        return this;
    }

    public SourceBuilder InLanguage(string language)
    {
        _language = language;
        return this;
    }

    public SourceBuilder Citing(params string[] sourceIds)
    {
        _cited.AddRange(sourceIds);
        return this;
    }

    public SourceBuilder At(string url)
    {
        _url = url;
        return this;
    }

    public SourceBuilder PublishedBy(string actorId)
    {
        _publisherId = actorId;
        return this;
    }

    public SourceBuilder WrittenBy(string actorId)
    {
        _authorId = actorId;
        return this;
    }

    public SourceBuilder PublishedAt(DateTimeOffset publishedAt)
    {
        _publishedAt = publishedAt;
        return this;
    }

    public SourceBuilder PublishedOn(int year, int month, int day) =>
        PublishedAt(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public SourceBuilder WithText(string text)
    {
        _text = text;
        return this;
    }

    public Source Build() => new(id, _kind, _title ?? $"Source {id}", _language, [.. _cited], _url, _publisherId, _authorId, _publishedAt, _text);
}
