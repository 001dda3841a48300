using ClaimGraph.Core.Model;

namespace ClaimGraph.Testing.Builders;

public sealed class ClaimBuilder(string id)
{
    private readonly List<Translation> _translations = [];
    private string? _text;
    private string _language = "en";
    private string? _summary;

    public ClaimBuilder Saying(string text, string? language = null)
    {
        _text = text;
        _language = language ?? _language;
        return this;
    }

    public ClaimBuilder TranslatedTo(string language, string text)
    {
        _translations.Add(new Translation(language, text));
        return this;
    }

    public ClaimBuilder Summarised(string summary)
    {
        _summary = summary;
        return this;
    }

    public Claim Build() => new(id, _text ?? $"Claim {id}", _language, [.. _translations], _summary);
}
