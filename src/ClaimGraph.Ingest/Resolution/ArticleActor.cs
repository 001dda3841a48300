using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>One actor as the article refers to it, under every phrase that names it.</summary>
internal sealed class ArticleActor(SpeakerPhrase first)
{
    public SpeakerPhrase First { get; } = first;

    public List<SpeakerPhrase> Mentions { get; } = [first];

    public string Name { get; set; } = first.Name;

    public ActorKind Kind { get; set; } = first.Kind;

    public string? Role { get; set; } = first.Role;

    public string Ref { get; set; } = "";

    public Actor? Match { get; set; }
}
