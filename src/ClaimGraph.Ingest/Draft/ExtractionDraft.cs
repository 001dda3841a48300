namespace ClaimGraph.Ingest.Draft;

/// <summary>
/// What an article appears to say, for a person to review, edit and commit. Stateless: the client
/// holds it and sends it back to commit. Statements refer to actors and claims by their ref.
/// </summary>
public sealed record ExtractionDraft(
    DraftSource Source,
    IReadOnlyList<DraftActor> Actors,
    IReadOnlyList<DraftClaim> Claims,
    IReadOnlyList<DraftStatement> Statements,
    IReadOnlyList<string> Warnings)
{
    public static ExtractionDraft Empty(DraftSource source, params string[] warnings) => new(source, [], [], [], warnings);
}
