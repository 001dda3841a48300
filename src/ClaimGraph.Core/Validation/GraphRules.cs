using System.Text.RegularExpressions;
using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Validation;

/// <summary>
/// The rules a record must satisfy on its own, before any reference to other records is checked.
/// Each failure names the field and says what to fix.
/// </summary>
public static partial class GraphRules
{
    public const int MaxNameLength = 300;
    public const int MaxClaimLength = 5_000;
    public const int MaxQuoteLength = 20_000;
    public const int MaxSourceTextLength = 2_000_000;
    public const int MaxAliases = 100;

    public static void CheckId(string? id, string field)
    {
        if (string.IsNullOrEmpty(id) || !IdPattern().IsMatch(id))
            throw ClaimGraphException.Invalid(field,
                $"{field} '{Shorten(id)}' is not a valid id: use 1-128 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.");
    }

    public static void CheckOptionalId(string? id, string field)
    {
        if (id is not null)
            CheckId(id, field);
    }

    public static void CheckLanguage(string? language, string field)
    {
        if (string.IsNullOrEmpty(language) || !LanguagePattern().IsMatch(language))
            throw ClaimGraphException.Invalid(field,
                $"{field} '{Shorten(language)}' is not a language tag: use a BCP 47 tag such as 'ar', 'en' or 'ar-SY'.");
    }

    public static void CheckText(string? text, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw ClaimGraphException.Invalid(field, $"{field} must not be empty.");
        if (text.Length > maxLength)
            throw ClaimGraphException.Invalid(field, $"{field} is {text.Length} characters long; the limit is {maxLength}.");
        if (text.Contains('\0', StringComparison.Ordinal))
            throw ClaimGraphException.Invalid(field, $"{field} contains a NUL character.");
    }

    public static void Check(Actor actor)
    {
        CheckId(actor.Id, "id");
        CheckText(actor.Name, "name", MaxNameLength);
        CheckLanguage(actor.Language, "language");
        CheckOptionalId(actor.AffiliationId, "affiliation");
        CheckOptionalId(actor.ScopeSourceId, "scopeSource");
        if (actor.AffiliationId == actor.Id)
            throw ClaimGraphException.Invalid("affiliation", "An actor cannot be affiliated with itself.");
        if (actor.Kind == ActorKind.AnonymousSource && actor.ScopeSourceId is null)
            throw ClaimGraphException.Invalid("scopeSource",
                "An anonymous source must be scoped to the source that cites it: give scopeSource.");
        if (actor.Kind != ActorKind.AnonymousSource && actor.ScopeSourceId is not null)
            throw ClaimGraphException.Invalid("scopeSource", "Only anonymous sources are scoped to a source; remove scopeSource or use kind ANONYMOUS_SOURCE.");
        if (actor.Role is not null)
            CheckText(actor.Role, "role", MaxNameLength);
        if (actor.Description is not null && actor.Description.Length > MaxClaimLength)
            throw ClaimGraphException.Invalid("description", $"description is longer than {MaxClaimLength} characters.");
        if (actor.Aliases.Count > MaxAliases)
            throw ClaimGraphException.Invalid("aliases", $"An actor can have at most {MaxAliases} aliases.");
        var seen = new HashSet<string>(StringComparer.Ordinal) { TextNormalizer.Key(actor.Name) };
        foreach (var alias in actor.Aliases)
        {
            CheckText(alias.Name, "aliases.name", MaxNameLength);
            CheckLanguage(alias.Language, "aliases.language");
            if (!seen.Add(TextNormalizer.Key(alias.Name)))
                throw ClaimGraphException.Invalid("aliases", $"Alias '{alias.Name}' repeats the name or another alias (compared after normalisation).");
        }
    }

    public static void Check(Claim claim)
    {
        CheckId(claim.Id, "id");
        CheckText(claim.Text, "text", MaxClaimLength);
        CheckLanguage(claim.Language, "language");
        foreach (var t in claim.Translations)
        {
            CheckLanguage(t.Language, "translations.language");
            CheckText(t.Text, "translations.text", MaxClaimLength);
        }

        if (claim.Translations.Select(t => t.Language).Append(claim.Language).GroupBy(l => l, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
            throw ClaimGraphException.Invalid("translations", "Give at most one text per language, and none in the claim's own language.");
    }

    public static void Check(Source source)
    {
        CheckId(source.Id, "id");
        CheckText(source.Title, "title", MaxClaimLength);
        CheckLanguage(source.Language, "language");
        CheckOptionalId(source.PublisherId, "publisher");
        CheckOptionalId(source.AuthorId, "author");
        if (source.Url is not null && !Uri.TryCreate(source.Url, UriKind.Absolute, out var uri))
            throw ClaimGraphException.Invalid("url", $"url '{Shorten(source.Url)}' is not an absolute URL.");
        if (source.Text is not null && source.Text.Length > MaxSourceTextLength)
            throw ClaimGraphException.Invalid("text", $"text is {source.Text.Length} characters long; the limit is {MaxSourceTextLength}.");
        foreach (var cited in source.CitedSourceIds)
        {
            CheckId(cited, "cites");
            if (cited == source.Id)
                throw ClaimGraphException.Invalid("cites", "A source cannot cite itself.");
        }
    }

    public static void Check(Statement statement)
    {
        CheckId(statement.Id, "id");
        CheckId(statement.ActorId, "actor");
        CheckId(statement.ClaimId, "claim");
        CheckId(statement.SourceId, "source");
        CheckOptionalId(statement.RelayedThroughStatementId, "relayedThrough");
        CheckOptionalId(statement.RelayedById, "relayedBy");
        CheckOptionalId(statement.OriginSourceId, "originSource");
        if (statement.Quote is not null)
            CheckText(statement.Quote, "quote", MaxQuoteLength);
        if (statement.RelayedThroughStatementId == statement.Id)
            throw ClaimGraphException.Invalid("relayedThrough", "A statement cannot be relayed through itself.");
        if (statement.RelayedById == statement.ActorId)
            throw ClaimGraphException.Invalid("relayedBy", "relayedBy is the actor who passed the words on; it cannot be the speaker.");
        if (statement.Span is { } span && (span.Start < 0 || span.End <= span.Start))
            throw ClaimGraphException.Invalid("span", $"span [{span.Start}, {span.End}) is not a range: need 0 <= start < end.");
    }

    /// <summary>A statement's span and quote must agree with its source's text when that is known.</summary>
    public static void CheckAgainstSource(Statement statement, Source source)
    {
        if (statement.Span is not { } span || source.Text is null)
            return;
        if (span.End > source.Text.Length)
            throw ClaimGraphException.Invalid("span",
                $"span [{span.Start}, {span.End}) runs past the end of source '{source.Id}' ({source.Text.Length} characters).");
        if (statement.Quote is not null && !string.Equals(source.Text[span.Start..span.End], statement.Quote, StringComparison.Ordinal))
            throw ClaimGraphException.Invalid("span",
                $"span [{span.Start}, {span.End}) of source '{source.Id}' does not hold the quote; give the offsets of the quote's exact text (UTF-16 code units).");
    }

    public static void Check(ClaimLink link)
    {
        CheckId(link.FromClaimId, "from");
        CheckId(link.ToClaimId, "to");
        if (link.FromClaimId == link.ToClaimId)
            throw ClaimGraphException.Invalid("to", "A claim cannot be linked to itself.");
    }

    private static string Shorten(string? s) => s is null ? "" : s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}
