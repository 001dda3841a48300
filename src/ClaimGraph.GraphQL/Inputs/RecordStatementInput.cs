using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs;

public sealed record RecordStatementInput(
    string Actor,
    string Claim,
    Stance Stance,
    string Source,
    string? Key = null,
    string? Quote = null,
    TextSpanInput? Span = null,
    DateTimeOffset? StatedAt = null,
    string? RelayedThrough = null,
    string? RelayedBy = null,
    string? OriginSource = null,
    string? Note = null);
