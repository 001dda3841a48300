using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Who speaks, as written: the whole phrase (المتحدث باسم الوزارة، سامر العطار), the name to file the
/// actor under (سامر العطار), the role around it, the kind guessed from the words, and whether the
/// phrase is an unnamed source.
/// </summary>
public sealed record SpeakerPhrase(Phrase Phrase, string Name, string? Role, ActorKind Kind)
{
    private string? _key;

    public bool Anonymous => Kind == ActorKind.AnonymousSource;

    /// <summary>TextNormalizer.Key of the name, computed once (folding is the costly part of comparing speakers).</summary>
    public string Key => _key ??= Core.Text.TextNormalizer.Key(Name);
}
