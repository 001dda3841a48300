using ClaimGraph.Core.Import;
using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>
/// The in-process change feed: commands and imports report committed changes here, and subscriptions
/// (statementRecorded, graphChanged) observe them. One instance per process.
/// </summary>
public sealed class GraphChangeBus : IGraphChangeSink
{
    public ChangeSubject<Statement> Statements { get; } = new();

    public ChangeSubject<GraphChange> Changes { get; } = new();

    public void ActorsChanged(IReadOnlyList<Actor> actors) =>
        Publish("ACTOR_CHANGED", actors.Select(a => Id(NodeKind.Actor, a.Id)));

    public void SourceRecorded(Source source) => Publish("SOURCE_RECORDED", [Id(NodeKind.Source, source.Id)]);

    public void ClaimRecorded(Claim claim) => Publish("CLAIM_RECORDED", [Id(NodeKind.Claim, claim.Id)]);

    public void StatementRecorded(Statement statement)
    {
        Statements.Publish(statement);
        Publish("STATEMENT_RECORDED", [Id(NodeKind.Statement, statement.Id)]);
    }

    public void ClaimsLinked(ClaimLink link) =>
        Publish("CLAIMS_LINKED", [Id(NodeKind.Claim, link.FromClaimId), Id(NodeKind.Claim, link.ToClaimId)]);

    public void Deleted(DeletionResult deletion) => Publish("DELETED",
        deletion.DeletedStatementIds.Select(s => Id(NodeKind.Statement, s))
            .Concat(deletion.DeletedActorIds.Select(a => Id(NodeKind.Actor, a)))
            .Prepend(Id(deletion.Kind, deletion.Id)));

    /// <summary>One change per kind of record in the batch (not one per record), and every imported statement on its own.</summary>
    public void Imported(ImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Publish("ACTOR_CHANGED", batch.Actors.Select(a => Id(NodeKind.Actor, a.Id)));
        Publish("SOURCE_RECORDED", batch.Sources.Select(s => Id(NodeKind.Source, s.Id)));
        Publish("CLAIM_RECORDED", batch.Claims.Select(c => Id(NodeKind.Claim, c.Id)));
        foreach (var statement in batch.Statements)
            Statements.Publish(statement);
        Publish("STATEMENT_RECORDED", batch.Statements.Select(s => Id(NodeKind.Statement, s.Id)));
        Publish("CLAIMS_LINKED", batch.ClaimLinks.SelectMany(l => new[] { Id(NodeKind.Claim, l.FromClaimId), Id(NodeKind.Claim, l.ToClaimId) }).Distinct());
    }

    private void Publish(string kind, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        if (list.Count > 0)
            Changes.Publish(new GraphChange(kind, list));
    }

    private static string Id(NodeKind kind, string key) => GraphSliceIds.Of(kind, key);
}
