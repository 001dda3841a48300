namespace ClaimGraph.Core.Model;

/// <summary>
/// The stance edge made a node: <see cref="ActorId"/> takes <see cref="Stance"/> on
/// <see cref="ClaimId"/>, as reported in <see cref="SourceId"/>. Relaying is explicit:
/// <see cref="RelayedThroughStatementId"/> is the statement whose words carry this one
/// (a named activist passing on "incoming reports"), <see cref="RelayedById"/> the outlet or
/// person that passed the words on, <see cref="OriginSourceId"/> the document they first
/// appeared in (an official statement quoted by an article).
/// </summary>
public sealed record Statement(
    string Id,
    string ActorId,
    string ClaimId,
    Stance Stance,
    string SourceId,
    string? Quote = null,
    TextSpan? Span = null,
    DateTimeOffset? StatedAt = null,
    string? RelayedThroughStatementId = null,
    string? RelayedById = null,
    string? OriginSourceId = null,
    string? Note = null);
