namespace ClaimGraph.Ingest.Evaluation;

/// <summary>Scores of the extraction against the annotated paragraphs, with the misses for reading.</summary>
public sealed record EvaluationReport(Score Speaker, Score Stance, Score SpeakerAndStance, Score RelayedBy, IReadOnlyList<string> Misses)
{
    public IEnumerable<string> Lines()
    {
        yield return $"speaker           {Speaker}";
        yield return $"stance            {Stance}";
        yield return $"speaker + stance  {SpeakerAndStance}";
        yield return $"relayedBy         {RelayedBy}";
    }
}
