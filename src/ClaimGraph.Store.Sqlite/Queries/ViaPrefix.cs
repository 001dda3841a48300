namespace ClaimGraph.Store.Sqlite.Queries;

/// <summary>
/// The first statements, in answer order (actor id, then id), of one polarity on the claims linked to one claim as
/// contradicting; <see cref="Complete"/> when they are all of them. stated_at as stored (null when not text).
/// </summary>
internal sealed record ViaPrefix(IReadOnlyList<(string ActorId, string Id, long Seq, string? StatedAt)> Rows, bool Complete)
{
    /// <summary>Rows whose stated_at is neither text nor null: compared in C# they could differ from SQLite, so never used.</summary>
    public static readonly ViaPrefix Unusable = new([], Complete: false);
}
