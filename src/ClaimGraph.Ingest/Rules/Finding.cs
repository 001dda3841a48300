using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// One reported statement found in the text. <see cref="Speaker"/> is null when the clause has no
/// subject of its own (وأردف، "She added"): it continues the previous speaker.
/// </summary>
public sealed class Finding
{
    public required SpeakerPhrase? Speaker { get; set; }

    public required Stance Stance { get; set; }

    /// <summary>The words that are the evidence (the quote of the statement).</summary>
    public required Phrase Evidence { get; set; }

    /// <summary>The proposition's words: the reported content, or the shared object of "بين نفي ... وتأكيد ... على".</summary>
    public required Phrase Content { get; set; }

    public SpeakerPhrase? RelayedBy { get; set; }

    public Finding? RelayedThrough { get; set; }

    /// <summary>The writer's own remark: it continues no one, and no clause without a subject continues it.</summary>
    public bool Narration { get; init; }

    /// <summary>Findings with the same non-null group share one claim.</summary>
    public int? ClaimGroup { get; set; }
}
