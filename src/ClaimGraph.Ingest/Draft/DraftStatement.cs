using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Draft;

/// <summary>A proposed statement: speaker and claim by ref, stance, the evidence quote and its UTF-16 span in the source text.</summary>
public sealed record DraftStatement(
    string Ref,
    string SpeakerRef,
    string ClaimRef,
    Stance Stance,
    string Quote,
    int Start,
    int End,
    string? RelayedByRef = null,
    string? RelayedThroughRef = null,
    string? Note = null);
