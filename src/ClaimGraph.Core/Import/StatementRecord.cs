using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Import;

public sealed record StatementRecord(
    string Id,
    string Actor,
    string Claim,
    Stance Stance,
    string Source,
    string? Quote = null,
    TextSpan? Span = null,
    DateTimeOffset? StatedAt = null,
    string? RelayedThrough = null,
    string? RelayedBy = null,
    string? OriginSource = null,
    string? Note = null) : ImportRecord
{
    public Statement ToModel() =>
        new(Id, Actor, Claim, Stance, Source, Quote, Span, StatedAt, RelayedThrough, RelayedBy, OriginSource, Note);

    public static StatementRecord FromModel(Statement s) =>
        new(s.Id, s.ActorId, s.ClaimId, s.Stance, s.SourceId, s.Quote, s.Span, s.StatedAt,
            s.RelayedThroughStatementId, s.RelayedById, s.OriginSourceId, s.Note);
}
