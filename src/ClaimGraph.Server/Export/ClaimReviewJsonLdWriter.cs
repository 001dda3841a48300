using System.Globalization;
using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;

namespace ClaimGraph.Server.Export;

/// <summary>
/// schema.org JSON-LD: a <c>Claim</c> per claim (text, inLanguage, translations, author = the actors holding it true,
/// appearance / firstAppearance = the sources reporting it, with their publisher and author), and a <c>ClaimReview</c> only for contested claims. The
/// graph records stances, not verdicts, so the review's rating says "Contested" and explains who asserts and who
/// denies; it never rates a claim true or false.
/// </summary>
public sealed class ClaimReviewJsonLdWriter : IGraphExportWriter
{
    public async Task WriteAsync(GraphSlice slice, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var actors = slice.Actors.Concat(slice.ReferencedActors).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var sources = slice.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var contested = slice.Nodes.Where(n => n.Kind == NodeKind.Claim && n.Contested).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var byClaim = slice.Statements.ToLookup(s => s.ClaimId, StringComparer.Ordinal);

        await using var json = new Utf8JsonWriter(output, ExportJson.Options);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteStartArray("@graph");
        foreach (var claim in slice.Claims)
        {
            var statements = byClaim[claim.Id].ToList();
            WriteClaim(json, claim, statements, actors, sources);
            if (contested.Contains(claim.Id))
                WriteReview(json, claim, statements, actors);
            if (json.BytesPending > 32 * 1024)
                await json.FlushAsync(ct);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteClaim(Utf8JsonWriter json, Claim claim, List<Statement> statements, Dictionary<string, Actor> actors, Dictionary<string, Source> sources)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Claim");
        json.WriteString("@id", Urn(NodeKind.Claim, claim.Id));
        json.WriteString("identifier", GraphSliceIds.Of(NodeKind.Claim, claim.Id));
        json.WriteString("text", claim.Text);
        json.WriteString("inLanguage", claim.Language);
        if (claim.Summary is { } summary)
            json.WriteString("name", summary);
        if (claim.Translations.Count > 0)
        {
            json.WriteStartArray("workTranslation");
            foreach (var t in claim.Translations)
            {
                json.WriteStartObject();
                json.WriteString("@type", "CreativeWork");
                json.WriteString("text", t.Text);
                json.WriteString("inLanguage", t.Language);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        var holders = Distinct(statements.Where(s => s.Stance.Polarity() > 0).Select(s => s.ActorId), actors);
        if (holders.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var actor in holders)
                WriteActor(json, actor);
            json.WriteEndArray();
        }

        var appearances = statements.Select(s => s.SourceId).Distinct(StringComparer.Ordinal)
            .Select(id => sources.GetValueOrDefault(id)).OfType<Source>().ToList();
        if (appearances.Count > 0)
        {
            json.WriteStartArray("appearance");
            foreach (var source in appearances)
                WriteWork(json, source, actors);
            json.WriteEndArray();
        }

        if (FirstAppearance(statements, appearances, sources) is { } first)
        {
            json.WritePropertyName("firstAppearance");
            WriteWork(json, first, actors);
        }

        json.WriteEndObject();
    }

    private static void WriteReview(Utf8JsonWriter json, Claim claim, List<Statement> statements, Dictionary<string, Actor> actors)
    {
        json.WriteStartObject();
        json.WriteString("@type", "ClaimReview");
        json.WriteString("@id", $"urn:claimgraph:ClaimReview:{claim.Id}");
        json.WriteStartObject("itemReviewed");
        json.WriteString("@id", Urn(NodeKind.Claim, claim.Id));
        json.WriteEndObject();
        json.WriteString("claimReviewed", claim.Text);
        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        json.WriteString("alternateName", "Contested");
        json.WriteString("ratingExplanation", Explanation(statements, actors));
        json.WriteEndObject();
        json.WriteStartObject("author");
        json.WriteString("@type", "Organization");
        json.WriteString("name", "ClaimGraph");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Explanation(List<Statement> statements, Dictionary<string, Actor> actors)
    {
        string Side(Func<Stance, bool> which) => string.Join(", ", statements.Where(s => which(s.Stance))
            .GroupBy(s => s.ActorId, StringComparer.Ordinal)
            .Select(g => $"{actors.GetValueOrDefault(g.Key)?.Name ?? g.Key} ({string.Join(", ", g.Select(s => s.Stance.ToString().ToLowerInvariant()).Distinct())})"));
        return "ClaimGraph records stances, not verdicts: this claim is contested. "
            + $"Held true by {Side(s => s.Polarity() > 0)}; denied by {Side(s => s.Polarity() < 0)}.";
    }

    private static Source? FirstAppearance(List<Statement> statements, List<Source> appearances, Dictionary<string, Source> sources)
    {
        var origin = statements.Select(s => s.OriginSourceId).OfType<string>().Select(id => sources.GetValueOrDefault(id)).OfType<Source>().FirstOrDefault();
        return origin ?? appearances.Where(s => s.PublishedAt is not null).OrderBy(s => s.PublishedAt).FirstOrDefault()
            ?? (appearances.Count == 1 ? appearances[0] : null);
    }

    private static void WriteWork(Utf8JsonWriter json, Source source, Dictionary<string, Actor> actors)
    {
        json.WriteStartObject();
        json.WriteString("@type", "CreativeWork");
        json.WriteString("@id", Urn(NodeKind.Source, source.Id));
        json.WriteString("headline", source.Title);
        json.WriteString("inLanguage", source.Language);
        json.WriteString("genre", EnumNames.Screaming(source.Kind));
        if (source.Url is { } url)
            json.WriteString("url", url);
        if (source.PublishedAt is { } at)
            json.WriteString("datePublished", at.ToString("O", CultureInfo.InvariantCulture));
        if (source.PublisherId is { } publisher && actors.GetValueOrDefault(publisher) is { } p)
        {
            json.WritePropertyName("publisher");
            WriteActor(json, p);
        }

        if (source.AuthorId is { } author && actors.GetValueOrDefault(author) is { } a)
        {
            json.WritePropertyName("author");
            WriteActor(json, a);
        }

        json.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter json, Actor actor)
    {
        json.WriteStartObject();
        json.WriteString("@type", actor.Kind is ActorKind.Person or ActorKind.AnonymousSource ? "Person" : "Organization");
        json.WriteString("@id", Urn(NodeKind.Actor, actor.Id));
        json.WriteString("name", actor.Name);
        if (actor.Kind == ActorKind.AnonymousSource)
            json.WriteString("description", "anonymous source");
        if (actor.Aliases.Count > 0)
        {
            json.WriteStartArray("alternateName");
            foreach (var alias in actor.Aliases)
                json.WriteStringValue(alias.Name);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static List<Actor> Distinct(IEnumerable<string> ids, Dictionary<string, Actor> actors) =>
        ids.Distinct(StringComparer.Ordinal).Select(id => actors.GetValueOrDefault(id)).OfType<Actor>().ToList();

    private static string Urn(NodeKind kind, string key) => $"urn:claimgraph:{GraphSliceIds.Of(kind, key)}";
}
