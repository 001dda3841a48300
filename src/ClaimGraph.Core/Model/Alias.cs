namespace ClaimGraph.Core.Model;

/// <summary>Another name for an actor, in a given language (BCP 47 tag such as "ar" or "en").</summary>
public sealed record Alias(string Name, string Language);
