using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Cypher;
using ClaimGraph.Store.Neo4j.Records;
using ClaimGraph.Store.Neo4j.Transport;

namespace ClaimGraph.Store.Neo4j.Writes;

/// <summary>
/// The writer inside one explicit transaction. Upserts are buffered and sent as UNWIND batches (one
/// statement per run of same-kind upserts) before any read, delete or the commit, so the writer's reads
/// always see its own writes. Every referenced or deleted id is remembered for the dangling-reference
/// check at commit. Calls must be awaited one at a time.
/// </summary>
internal sealed class Neo4jClaimWriter(ICypherTransaction transaction, CancellationToken ct) : IClaimWriter
{
    private const int MaxBatch = 1000;

    private readonly List<PendingBatch> _pending = [];
    private readonly HashSet<(string Label, string Id)> _references = [];
    private bool _closed;

    public Task UpsertActorAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Refer("Actor", actor.AffiliationId);
        Refer("Source", actor.ScopeSourceId);
        return Queue(WriteCypher.UpsertActors, actor.Id, NodeRows.Actor(actor));
    }

    public Task UpsertClaimAsync(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Queue(WriteCypher.UpsertClaims, claim.Id, NodeRows.Claim(claim));
    }

    public Task UpsertSourceAsync(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Refer("Actor", source.PublisherId);
        Refer("Actor", source.AuthorId);
        foreach (var cited in source.CitedSourceIds ?? [])
            Refer("Source", cited);
        return Queue(WriteCypher.UpsertSources, source.Id, NodeRows.Source(source));
    }

    public Task UpsertStatementAsync(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        Refer("Actor", statement.ActorId);
        Refer("Claim", statement.ClaimId);
        Refer("Source", statement.SourceId);
        Refer("Statement", statement.RelayedThroughStatementId);
        Refer("Actor", statement.RelayedById);
        Refer("Source", statement.OriginSourceId);
        return Queue(WriteCypher.UpsertStatements, statement.Id, NodeRows.Statement(statement));
    }

    public Task UpsertClaimLinkAsync(ClaimLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        Refer("Claim", link.FromClaimId);
        Refer("Claim", link.ToClaimId);
        return Queue(WriteCypher.UpsertClaimLinks, $"{link.FromClaimId}\n{link.ToClaimId}\n{link.Kind}", NodeRows.ClaimLink(link));
    }

    public async Task<bool> DeleteClaimLinkAsync(string fromClaimId, string toClaimId, ClaimLinkKind kind)
    {
        var result = await RunAsync(WriteCypher.DeleteClaimLink, new()
        {
            ["from"] = fromClaimId,
            ["to"] = toClaimId,
            ["kind"] = ModelNames.Of(kind),
        });
        return result.Rows.Count > 0 && (long)result.Rows[0][0]! > 0;
    }

    public async Task<bool> DeleteAsync(NodeKind kind, string id)
    {
        Refer(kind.ToString(), id);
        var result = await RunAsync(WriteCypher.DeleteNode(kind), new() { ["id"] = id });
        return result.Rows.Count > 0 && result.Rows[0][0] is true;
    }

    public async Task RepointActorAsync(string mergedId, string keptId)
    {
        ArgumentNullException.ThrowIfNull(mergedId);
        ArgumentNullException.ThrowIfNull(keptId);
        if (mergedId == keptId)
            throw ClaimGraphException.Invalid("keptId", $"Cannot merge actor '{mergedId}' into itself.");
        Refer("Actor", keptId);
        await RunAsync(WriteCypher.RepointActor, new() { ["merged"] = mergedId, ["kept"] = keptId });
    }

    public async Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids) =>
        await ListAsync(ReadCypher.Actors, ids, NodeRecords.Actor);

    public async Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<string> ids) =>
        await ListAsync(ReadCypher.Claims, ids, NodeRecords.Claim);

    public async Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids) =>
        await ListAsync(ReadCypher.Sources, ids, NodeRecords.Source);

    public async Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids) =>
        await ListAsync(ReadCypher.Statements, ids, NodeRecords.Statement);

    public async Task<IReadOnlyList<Statement>> GetStatementsByAsync(StatementEdge edge, IReadOnlyCollection<string> keys) =>
        await ListAsync(ReadCypher.StatementsBy(edge), keys, NodeRecords.Statement);

    public async Task<IReadOnlyList<Actor>> GetScopedActorsAsync(string sourceId) =>
        await ListAsync(ReadCypher.ScopedActors, [sourceId], NodeRecords.Actor);

    public async Task<IReadOnlyDictionary<string, int>> CountReferencesAsync(NodeKind kind, string id)
    {
        var result = await RunAsync(ReadCypher.ReferenceCounts(kind), new() { ["id"] = id });
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (result.Rows.Count > 0)
        {
            for (var i = 0; i < result.Fields.Count; i++)
            {
                if (result.Rows[0][i] is long n && n > 0)
                    counts[result.Fields[i]] = (int)n;
            }
        }

        return counts;
    }

    /// <summary>Sends what is buffered, then refuses the commit if any reference dangles.</summary>
    public async Task FinishAsync()
    {
        await FlushAsync();
        if (_references.Count == 0)
            return;
        var refs = _references.Select(r => new Dictionary<string, object?> { ["label"] = r.Label, ["id"] = r.Id }).ToList();
        var result = await transaction.RunAsync(new CypherStatement(WriteCypher.DanglingCheck, new Dictionary<string, object?> { ["refs"] = refs }), ct);
        if (result.Rows.Count == 0)
            return;
        var described = result.Rows.Take(5).Select(row =>
        {
            var pointers = ((List<object?>)row[2]!).Cast<List<object?>>()
                .Select(p => $"{p[1]} '{p[2]}' ({p[0]})");
            return $"{row[0]} '{row[1]}' does not exist but is referenced by {string.Join(", ", pointers)}";
        });
        var more = result.Rows.Count > 5 ? $" (and {result.Rows.Count - 5} more)" : string.Empty;
        throw new StoreConstraintException($"The write would leave dangling references, so nothing was saved: {string.Join("; ", described)}{more}.");
    }

    /// <summary>Called when the transaction ends; a writer kept past its WriteAsync must not be used.</summary>
    public void Close() => _closed = true;

    private void Refer(string label, string? id)
    {
        if (id is not null)
            _references.Add((label, id));
    }

    private Task Queue(string statement, string key, Dictionary<string, object?> row)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_pending.Count == 0 || _pending[^1].Statement != statement || _pending[^1].Count >= MaxBatch)
            _pending.Add(new PendingBatch(statement));
        _pending[^1].Put(key, row);
        return Task.CompletedTask;
    }

    private async Task FlushAsync()
    {
        foreach (var batch in _pending)
            await transaction.RunAsync(new CypherStatement(batch.Statement, new Dictionary<string, object?> { ["rows"] = batch.Rows }), ct);
        _pending.Clear();
    }

    private async Task<CypherResult> RunAsync(string statement, Dictionary<string, object?> parameters)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        await FlushAsync();
        return await transaction.RunAsync(new CypherStatement(statement, parameters), ct);
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(string statement, IReadOnlyCollection<string> keys, Func<object?, T> read)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            return [];
        var result = await RunAsync(statement, new() { ["keys"] = keys.Distinct().ToList() });
        return result.Rows.Select(r => read(r[0])).ToList();
    }
}
