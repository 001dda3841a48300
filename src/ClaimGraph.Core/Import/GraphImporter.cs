using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Validation;

namespace ClaimGraph.Core.Import;

/// <summary>
/// Writes an <see cref="ImportBatch"/> in one transaction after checking every record and every
/// reference. Records are upserted by id, so importing the same file twice changes nothing.
/// </summary>
public sealed class GraphImporter(IClaimStore store, IGraphChangeSink? changes = null)
{
    public async Task<ImportResult> ImportAsync(ImportBatch batch, CancellationToken ct = default)
    {
        CheckRecords(batch);
        var result = await store.WriteAsync(async writer =>
        {
            var pending = new PendingIds();
            pending.Actors.UnionWith(batch.Actors.Select(a => a.Id));
            pending.Sources.UnionWith(batch.Sources.Select(s => s.Id));
            pending.Claims.UnionWith(batch.Claims.Select(c => c.Id));
            pending.Statements.UnionWith(batch.Statements.Select(s => s.Id));
            var refs = new ReferenceCheck(writer, pending);

            await refs.ActorsAsync(batch.Actors.Select(a => (a.AffiliationId, $"actor '{a.Id}'.affiliation"))
                .Concat(batch.Sources.SelectMany(s => new[] { (s.PublisherId, $"source '{s.Id}'.publisher"), (s.AuthorId, $"source '{s.Id}'.author") }))
                .Concat(batch.Statements.SelectMany(s => new[] { ((string?)s.ActorId, $"statement '{s.Id}'.actor"), (s.RelayedById, $"statement '{s.Id}'.relayedBy") })));
            var storedSources = await refs.SourcesAsync(batch.Actors.Select(a => (a.ScopeSourceId, $"actor '{a.Id}'.scopeSource"))
                .Concat(batch.Sources.SelectMany(s => s.CitedSourceIds.Select(c => ((string?)c, $"source '{s.Id}'.cites"))))
                .Concat(batch.Statements.SelectMany(s => new[] { ((string?)s.SourceId, $"statement '{s.Id}'.source"), (s.OriginSourceId, $"statement '{s.Id}'.originSource") })));
            await refs.ClaimsAsync(batch.Statements.Select(s => ((string?)s.ClaimId, $"statement '{s.Id}'.claim"))
                .Concat(batch.ClaimLinks.SelectMany(l => new[] { ((string?)l.FromClaimId, "claimLink.from"), (l.ToClaimId, "claimLink.to") })));
            await refs.StatementsAsync(batch.Statements.Select(s => (s.RelayedThroughStatementId, $"statement '{s.Id}'.relayedThrough")));

            var sources = batch.Sources.ToDictionary(s => s.Id);
            foreach (var statement in batch.Statements)
            {
                var source = sources.GetValueOrDefault(statement.SourceId) ?? storedSources.GetValueOrDefault(statement.SourceId);
                if (source is not null)
                    GraphRules.CheckAgainstSource(statement, source);
            }

            await RelayChains.CheckAcyclicAsync(writer, batch.Statements);

            foreach (var a in batch.Actors) await writer.UpsertActorAsync(a);
            foreach (var s in batch.Sources) await writer.UpsertSourceAsync(s);
            foreach (var c in batch.Claims) await writer.UpsertClaimAsync(c);
            foreach (var s in batch.Statements) await writer.UpsertStatementAsync(s);
            foreach (var l in batch.ClaimLinks) await writer.UpsertClaimLinkAsync(l);
            return new ImportResult(batch.Actors.Count, batch.Sources.Count, batch.Claims.Count, batch.Statements.Count, batch.ClaimLinks.Count);
        }, ct);
        changes?.Imported(batch);
        return result;
    }

    private static void CheckRecords(ImportBatch batch)
    {
        var problems = new List<ImportProblem>();
        void Run(string what, Action check)
        {
            try { check(); }
            catch (ClaimGraphException ex) { problems.Add(new ImportProblem(0, $"{what}: {ex.Message}")); }
        }

        foreach (var a in batch.Actors) Run($"actor '{a.Id}'", () => GraphRules.Check(a));
        foreach (var s in batch.Sources) Run($"source '{s.Id}'", () => GraphRules.Check(s));
        foreach (var c in batch.Claims) Run($"claim '{c.Id}'", () => GraphRules.Check(c));
        foreach (var s in batch.Statements) Run($"statement '{s.Id}'", () => GraphRules.Check(s));
        foreach (var l in batch.ClaimLinks) Run($"claim link '{l.FromClaimId}'->'{l.ToClaimId}'", () => GraphRules.Check(l));
        AddDuplicates(problems, "actor", batch.Actors.Select(a => a.Id));
        AddDuplicates(problems, "source", batch.Sources.Select(s => s.Id));
        AddDuplicates(problems, "claim", batch.Claims.Select(c => c.Id));
        AddDuplicates(problems, "statement", batch.Statements.Select(s => s.Id));
        if (problems.Count > 0)
            throw new ImportException(problems);
    }

    private static void AddDuplicates(List<ImportProblem> problems, string kind, IEnumerable<string> ids)
    {
        foreach (var id in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add(new ImportProblem(0, $"{kind} id '{id}' appears more than once."));
    }
}
