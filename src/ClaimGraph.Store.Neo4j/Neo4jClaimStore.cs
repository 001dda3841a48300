using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Neo4j.Cypher;
using ClaimGraph.Store.Neo4j.Paging;
using ClaimGraph.Store.Neo4j.Records;
using ClaimGraph.Store.Neo4j.Schema;
using ClaimGraph.Store.Neo4j.Transport;
using ClaimGraph.Store.Neo4j.Writes;

namespace ClaimGraph.Store.Neo4j;

/// <summary>
/// The store on Neo4j 5. Every read is one parameterised Cypher statement in its own transaction;
/// <see cref="WriteAsync{T}"/> is one explicit transaction whose writes go in UNWIND batches. The
/// schema is applied before the first operation and retried after a failure.
/// </summary>
public sealed class Neo4jClaimStore : IClaimStore, IDisposable
{
    private readonly ICypherRunner _runner;
    private readonly SchemaBootstrap _schema;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public Neo4jClaimStore(ICypherRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        _runner = runner;
        _schema = new SchemaBootstrap(runner);
    }

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ListAsync(ReadCypher.Actors, ids, NodeRecords.Actor, ct);

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ListAsync(ReadCypher.Claims, ids, NodeRecords.Claim, ct);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ListAsync(ReadCypher.Sources, ids, NodeRecords.Source, ct);

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ListAsync(ReadCypher.Statements, ids, NodeRecords.Statement, ct);

    public Task<IReadOnlyList<Statement>> GetStatementsByAsync(StatementEdge edge, IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        ListAsync(ReadCypher.StatementsBy(edge), keys, NodeRecords.Statement, ct);

    public async Task<IReadOnlyList<Statement>> GetFirstStatementsByAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance>? stances, int limitPerKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerKey);
        if (keys.Count == 0 || limitPerKey == 0 || stances is { Count: 0 })
            return [];
        var result = await ReadAsync(BoundedCypher.FirstStatementsBy(edge), new()
        {
            ["keys"] = keys.Distinct().ToList(),
            ["stances"] = stances?.Select(ModelNames.Of).Distinct().ToList(),
            ["limit"] = (long)limitPerKey,
        }, ct);
        return result.Rows.Select(r => NodeRecords.Statement(r[0])).ToList();
    }

    public async Task<IReadOnlyList<ClaimStanceActor>> GetClaimStanceActorsAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        if (claimIds.Count == 0)
            return [];
        var result = await ReadAsync(BoundedCypher.ClaimStanceActors, new() { ["keys"] = claimIds.Distinct().ToList() }, ct);
        return result.Rows
            .Select(r => new ClaimStanceActor((string)r[0]!, ModelNames.Parse<Stance>(r[1]), (string)r[2]!, (int)(long)r[3]!, (string)r[4]!))
            .ToList();
    }

    public async Task<IReadOnlyList<ClaimLink>> GetClaimLinksAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        if (claimIds.Count == 0)
            return [];
        var result = await ReadAsync(ReadCypher.ClaimLinks, new() { ["keys"] = claimIds.Distinct().ToList() }, ct);
        return result.Rows.Select(r => new ClaimLink((string)r[0]!, (string)r[1]!, ModelNames.Parse<ClaimLinkKind>(r[2]), r[3] as string)).ToList();
    }

    public Task<IReadOnlyList<Actor>> GetAffiliatesAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct = default) =>
        ListAsync(ReadCypher.Affiliates, actorIds, NodeRecords.Actor, ct);

    public async Task<IReadOnlyList<Contradiction>> GetContradictionsAsync(
        IReadOnlyCollection<string> actorIds, ContradictionDirection direction, int limitPerActor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerActor);
        if (actorIds.Count == 0 || limitPerActor == 0)
            return [];
        var result = await ReadAsync(
            ReadCypher.Contradictions,
            new() { ["keys"] = actorIds.Distinct().ToList(), ["direction"] = (int)direction, ["limit"] = limitPerActor },
            ct);
        return result.Rows
            .Select(r => new Contradiction(NodeRecords.Statement(r[0]), NodeRecords.Statement(r[1]), r[2] is true))
            .ToList();
    }

    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(NodeQueries.Actors(query, page.Order), page, NodeRecords.Actor, ct);

    public Task<Page<Claim>> QueryClaimsAsync(ClaimQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(NodeQueries.Claims(query, page.Order), page, NodeRecords.Claim, ct);

    public Task<Page<Source>> QuerySourcesAsync(SourceQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(NodeQueries.Sources(query, page.Order), page, NodeRecords.Source, ct);

    public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(NodeQueries.Statements(query, page.Order), page, NodeRecords.Statement, ct);

    public async Task<Page<ContestedClaim>> QueryContestedClaimsAsync(PageRequest page, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        CheckFirst(page);
        var cursor = page.After is null ? null : Cursor.Decode(page.After, "Contested", 2);
        var result = await ReadAsync(NodeQueries.Contested, new()
        {
            ["cursorId"] = cursor?.Id,
            ["cursor0"] = cursor?.Keys[0],
            ["cursor1"] = cursor?.Keys[1],
            ["pageLimit"] = (long)page.First + 1,
        }, ct);
        return PageReader.Read(result, page, cursor, "Contested", NodeRecords.Contested);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var match = LuceneQuery.From(text);
        if (match is null || limit <= 0)
            return [];
        var wanted = kinds.Count == 0 ? Enum.GetValues<NodeKind>() : kinds;
        var result = await ReadAsync(ReadCypher.Search, new()
        {
            ["match"] = match,
            ["labels"] = wanted.Select(k => k.ToString()).ToList(),
            ["limit"] = (long)limit,
        }, ct);
        var terms = TextNormalizer.QueryTerms(text);
        return result.Rows.Select(r => new SearchHit(
            Enum.Parse<NodeKind>((string)r[0]!),
            (string)r[1]!,
            Convert.ToDouble(r[2], System.Globalization.CultureInfo.InvariantCulture),
            MatchedText.Pick(((List<object?>)r[3]!).OfType<string>().ToList(), terms))).ToList();
    }

    public async Task<GraphCounts> CountAsync(CancellationToken ct = default)
    {
        var result = await ReadAsync(ReadCypher.Counts, [], ct);
        var row = result.Rows[0];
        return new GraphCounts((int)(long)row[0]!, (int)(long)row[1]!, (int)(long)row[2]!, (int)(long)row[3]!, (int)(long)row[4]!);
    }

    public async Task<T> WriteAsync<T>(Func<IClaimWriter, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _schema.EnsureAsync(ct);
        // One writer at a time in this process, as in the SQLite store: concurrent transactions here
        // would only wait on each other's locks (or deadlock and fail) inside Neo4j.
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var transaction = await _runner.BeginAsync(ct);
            var writer = new Neo4jClaimWriter(transaction, ct);
            try
            {
                var result = await work(writer);
                await writer.FinishAsync();
                await transaction.CommitAsync(ct);
                return result;
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw;
            }
            finally
            {
                writer.Close();
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        _schema.Dispose();
        _writeLock.Dispose();
        (_runner as IDisposable)?.Dispose();
    }

    private static void CheckFirst(PageRequest page)
    {
        if (page.First < 0)
            throw ClaimGraphException.Invalid("first", "'first' must be zero or more.");
    }

    private async Task<Page<T>> PageAsync<T>(PagedCypher query, PageRequest page, Func<object?, T> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        CheckFirst(page);
        var cursor = page.After is null ? null : Cursor.Decode(page.After, query.Order, query.Keys.Count);
        var statement = query.Build(cursor, page.First + 1);
        var result = await ReadAsync(statement.Text, statement.Parameters, ct);
        return PageReader.Read(result, page, cursor, query.Order, read);
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(string statement, IReadOnlyCollection<string> keys, Func<object?, T> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            return [];
        var result = await ReadAsync(statement, new() { ["keys"] = keys.Distinct().ToList() }, ct);
        return result.Rows.Select(r => read(r[0])).ToList();
    }

    private async Task<CypherResult> ReadAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct)
    {
        await _schema.EnsureAsync(ct);
        return await _runner.RunAsync(new CypherStatement(statement, parameters), CypherAccess.Read, ct);
    }

    private Task<CypherResult> ReadAsync(string statement, Dictionary<string, object?> parameters, CancellationToken ct) =>
        ReadAsync(statement, (IReadOnlyDictionary<string, object?>)parameters, ct);
}
