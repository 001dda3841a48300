using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs.Ingest;

public sealed record DraftStatementInput(
    string Ref,
    string SpeakerRef,
    string ClaimRef,
    Stance Stance,
    string Quote,
    TextSpanInput Span,
    string? RelayedByRef = null,
    string? RelayedThroughRef = null,
    string? Note = null);
