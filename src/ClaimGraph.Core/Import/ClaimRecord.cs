using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Import;

public sealed record ClaimRecord(
    string Id,
    string Text,
    string Language,
    IReadOnlyList<Translation>? Translations = null,
    string? Summary = null) : ImportRecord
{
    public Claim ToModel() => new(Id, Text, Language, Translations ?? [], Summary);

    public static ClaimRecord FromModel(Claim c) => new(c.Id, c.Text, c.Language, c.Translations, c.Summary);
}
