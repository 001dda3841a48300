namespace ClaimGraph.Ingest;

/// <summary>Limits of article ingestion (configuration section ClaimGraph:Ingest).</summary>
public sealed class IngestOptions
{
    /// <summary>Longest article text accepted, in UTF-16 code units.</summary>
    public int MaxTextLength { get; set; } = 500_000;

    /// <summary>Smallest similarity at which a stored claim is proposed as the same proposition.</summary>
    public double CandidateThreshold { get; set; } = 0.35;
}
