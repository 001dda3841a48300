using ClaimGraph.Core.Model;
using ClaimGraph.GraphQL.Inputs.Ingest;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.GraphQL.Schema;

internal static class IngestInputMapping
{
    public static ArticleInput ToArticle(ExtractArticleInput i) =>
        new(i.Text, i.Title, i.Publisher, i.Author, i.Url, i.PublishedAt, i.Language, i.Key, i.Kind ?? SourceKind.Article);

    /// <summary>A matched actor is referred to by its stored key, whatever ref the client gave it.</summary>
    public static ExtractionDraft ToDraft(ExtractionDraftInput d)
    {
        var actors = d.Actors.Select(a => new DraftActor(a.Ref, a.Name, a.Language, a.Kind,
            GlobalId.OptionalKeyOf(a.MatchedActorId, NodeKind.Actor, "matchedActorId"), a.Role, a.Description)).ToList();
        var refs = actors.Where(a => a.MatchedActorId is not null).ToDictionary(a => a.Ref, a => a.MatchedActorId!);
        string Actor(string r) => refs.GetValueOrDefault(r, r);
        string? OptionalActor(string? r) => r is null ? null : Actor(r);
        var s = d.Source;
        return new ExtractionDraft(
            new DraftSource(s.Key, s.Kind, s.Title, s.Language, s.Text, s.Url, OptionalActor(s.PublisherRef), OptionalActor(s.AuthorRef), s.PublishedAt),
            actors.Select(a => a.MatchedActorId is null ? a : a with { Ref = a.MatchedActorId }).ToList(),
            d.Claims.Select(c => new DraftClaim(c.Ref, c.Text, c.Language, GlobalId.OptionalKeyOf(c.ExistingClaimId, NodeKind.Claim, "existingClaimId"))).ToList(),
            d.Statements.Select(st => new DraftStatement(st.Ref, Actor(st.SpeakerRef), st.ClaimRef, st.Stance, st.Quote, st.Span.Start, st.Span.End,
                OptionalActor(st.RelayedByRef), st.RelayedThroughRef, st.Note)).ToList(),
            []);
    }
}
