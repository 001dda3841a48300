using ClaimGraph.Core.Import;
using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>Told about every committed change (after the commit), so live views can follow.</summary>
public interface IGraphChangeSink
{
    void ActorsChanged(IReadOnlyList<Actor> actors);

    void SourceRecorded(Source source);

    void ClaimRecorded(Claim claim);

    void StatementRecorded(Statement statement);

    void ClaimsLinked(ClaimLink link);

    void Deleted(DeletionResult deletion);

    /// <summary>An import committed: by default each record is reported as if written on its own.</summary>
    void Imported(ImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Actors.Count > 0)
            ActorsChanged(batch.Actors);
        foreach (var source in batch.Sources)
            SourceRecorded(source);
        foreach (var claim in batch.Claims)
            ClaimRecorded(claim);
        foreach (var statement in batch.Statements)
            StatementRecorded(statement);
        foreach (var link in batch.ClaimLinks)
            ClaimsLinked(link);
    }
}
