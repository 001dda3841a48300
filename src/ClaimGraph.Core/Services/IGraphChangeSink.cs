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
}
