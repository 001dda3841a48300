using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Store.Neo4j.Records;

/// <summary>Domain records as the <c>$rows</c> maps the UNWIND writes take (property values and reference ids).</summary>
internal static class NodeRows
{
    public static Dictionary<string, object?> Actor(Actor actor)
    {
        var aliases = actor.Aliases ?? [];
        return new()
        {
            ["id"] = actor.Id,
            ["name"] = actor.Name,
            ["sortName"] = SortText(actor.Name),
            ["language"] = actor.Language,
            ["kind"] = ModelNames.Of(actor.Kind),
            ["kindLabel"] = actor.Kind.ToString(),
            ["aliasNames"] = aliases.Select(a => a.Name).ToList(),
            ["aliasLanguages"] = aliases.Select(a => a.Language).ToList(),
            ["description"] = actor.Description,
            ["role"] = actor.Role,
            ["affiliationId"] = actor.AffiliationId,
            ["scopeSourceId"] = actor.ScopeSourceId,
            ["searchText"] = SearchText(aliases.Select(a => a.Name).Prepend(actor.Name)),
        };
    }

    public static Dictionary<string, object?> Claim(Claim claim)
    {
        var translations = claim.Translations ?? [];
        return new()
        {
            ["id"] = claim.Id,
            ["text"] = claim.Text,
            ["sortText"] = SortText(claim.Text),
            ["language"] = claim.Language,
            ["summary"] = claim.Summary,
            ["translationLanguages"] = translations.Select(t => t.Language).ToList(),
            ["translationTexts"] = translations.Select(t => t.Text).ToList(),
            ["searchText"] = SearchText(translations.Select(t => t.Text).Prepend(claim.Text)),
        };
    }

    public static Dictionary<string, object?> Source(Source source) => new()
    {
        ["id"] = source.Id,
        ["kind"] = ModelNames.Of(source.Kind),
        ["title"] = source.Title,
        ["sortTitle"] = SortText(source.Title),
        ["language"] = source.Language,
        ["url"] = source.Url,
        ["publisherId"] = source.PublisherId,
        ["authorId"] = source.AuthorId,
        ["publishedAt"] = TimeText.Utc(source.PublishedAt),
        ["publishedOffset"] = TimeText.OffsetMinutes(source.PublishedAt),
        ["text"] = source.Text,
        ["cited"] = (source.CitedSourceIds ?? []).ToList(),
        ["searchText"] = SearchText([source.Title]),
    };

    public static Dictionary<string, object?> Statement(Statement statement) => new()
    {
        ["id"] = statement.Id,
        ["actorId"] = statement.ActorId,
        ["claimId"] = statement.ClaimId,
        ["stance"] = ModelNames.Of(statement.Stance),
        ["polarity"] = (long)statement.Stance.Polarity(),
        ["sourceId"] = statement.SourceId,
        ["quote"] = statement.Quote,
        ["spanStart"] = (long?)statement.Span?.Start,
        ["spanEnd"] = (long?)statement.Span?.End,
        ["statedAt"] = TimeText.Utc(statement.StatedAt),
        ["statedOffset"] = TimeText.OffsetMinutes(statement.StatedAt),
        ["relayedThroughId"] = statement.RelayedThroughStatementId,
        ["relayedById"] = statement.RelayedById,
        ["originSourceId"] = statement.OriginSourceId,
        ["note"] = statement.Note,
        ["searchText"] = SearchText([statement.Quote]),
    };

    public static Dictionary<string, object?> ClaimLink(ClaimLink link) => new()
    {
        ["from"] = link.FromClaimId,
        ["to"] = link.ToClaimId,
        ["kind"] = ModelNames.Of(link.Kind),
        ["note"] = link.Note,
    };

    /// <summary>The key names and titles sort by, folded as the SQLite store folds them.</summary>
    private static string? SortText(string? text) => text is null ? null : TextNormalizer.Fold(text).Trim();

    /// <summary>TextNormalizer.ForIndex of every searchable text, one space-separated field; null when there is nothing to find.</summary>
    private static string? SearchText(IEnumerable<string?> texts)
    {
        var indexed = string.Join(' ', texts.Select(TextNormalizer.ForIndex).Where(t => t.Length > 0));
        return indexed.Length == 0 ? null : indexed;
    }
}
