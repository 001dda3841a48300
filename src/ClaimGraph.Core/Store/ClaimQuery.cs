namespace ClaimGraph.Core.Store;

/// <summary>Claims matching all filters: text, language, and having a statement by the actor, in the source, with the stance.</summary>
public sealed record ClaimQuery(
    string? Text = null,
    string? Language = null,
    string? ActorId = null,
    string? SourceId = null,
    Model.Stance? Stance = null);
