namespace ClaimGraph.Ingest.Text;

/// <summary>Tokens [First, Last) of one sentence; a quotation that runs over sentence ends stays in one.</summary>
public sealed record Sentence(int First, int Last);
