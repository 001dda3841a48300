using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Who speaks, as written: the whole phrase (المتحدث باسم الوزارة، سامر العطار), the name to file the
/// actor under (سامر العطار), the role around it, the kind guessed from the words, and whether the
/// phrase is an unnamed source.
/// </summary>
public sealed record SpeakerPhrase(Phrase Phrase, string Name, string? Role, ActorKind Kind)
{
    public bool Anonymous => Kind == ActorKind.AnonymousSource;
}
