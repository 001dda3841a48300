using System.Text.Json;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Transport;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>The store's writes as explicit Query API transactions, against a local server in Neo4j's JSON shapes.</summary>
public sealed class QueryApiTransactionTests : IAsyncLifetime
{
    private const string Tx = "/db/neo4j/query/v2/tx/tx-7";
    private FakeQueryApi _server = null!;
    private int _statements;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApi.StartAsync();
        _server.Respond = r => Task.FromResult(Answer(r, failStatement: 0));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private FakeAnswer Answer(RecordedRequest r, int failStatement) => (r.Method, r.Path) switch
    {
        ("POST", "/db/neo4j/query/v2/tx") => FakeAnswer.Begin("tx-7", affinity: "aura-member-3"),
        ("POST", Tx + "/commit") => FakeAnswer.Committed("FB:committed"),
        ("DELETE", Tx) => FakeAnswer.Rows(),
        ("POST", Tx) => Interlocked.Increment(ref _statements) == failStatement
            ? FakeAnswer.Error(400, "Neo.ClientError.Statement.ArgumentError", "half-way failure")
            : FakeAnswer.Rows(),
        _ => FakeAnswer.Rows(),
    };

    private Neo4jClaimStore Store() => new(new QueryApiClient(new Neo4jStoreOptions
    {
        Url = _server.Address.ToString(),
        User = "neo4j",
        Password = "pw",
        RetryDelay = TimeSpan.FromMilliseconds(5),
    }));

    private IEnumerable<RecordedRequest> InTransaction => _server.Requests.Where(r => r.Path.StartsWith(Tx, StringComparison.Ordinal));

    [Fact]
    public async Task A_write_is_one_transaction_of_unwind_batches_then_a_commit()
    {
        using var store = Store();

        await store.SeedAsync(A.Actor("a1"), A.Actor("a2"), A.Claim("c1"));

        var requests = InTransaction.Select(r => (r.Method, r.Path)).ToList();
        // Two batches (actors, claims), the dangling-reference check (none referenced here: skipped), the commit.
        Assert.Equal([("POST", Tx), ("POST", Tx), ("POST", Tx + "/commit")], requests);
        using var actors = JsonDocument.Parse(InTransaction.First().Body);
        Assert.StartsWith("MERGE (q:ClaimGraphSequence", actors.RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, actors.RootElement.GetProperty("parameters").GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task A_transaction_that_fails_half_way_is_rolled_back_and_never_committed()
    {
        _server.Respond = r => Task.FromResult(Answer(r, failStatement: 2));
        using var store = Store();

        await Assert.ThrowsAsync<CypherException>(() => store.SeedAsync(A.Actor("a1"), A.Claim("c1"), A.Source("s1")));

        Assert.Contains(_server.Requests, r => r.Method == "DELETE" && r.Path == Tx);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal(2, InTransaction.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task An_exception_in_the_work_rolls_the_transaction_back()
    {
        using var store = Store();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync<bool>(async w =>
        {
            await w.UpsertActorAsync(A.Actor("a1").Build());
            throw new InvalidOperationException("boom");
        }));

        Assert.Contains(_server.Requests, r => r.Method == "DELETE" && r.Path == Tx);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_commit_is_not_repeated()
    {
        _server.Respond = r => Task.FromResult(r.Path.EndsWith("/commit", StringComparison.Ordinal) ? FakeAnswer.Bare(503) : Answer(r, 0));
        using var store = Store();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.SeedAsync(A.Actor("a1")));

        Assert.Contains("unknown", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Beginning_a_transaction_is_retried_on_a_transient_failure()
    {
        var begins = 0;
        _server.Respond = r => Task.FromResult(r.Path == "/db/neo4j/query/v2/tx" && Interlocked.Increment(ref begins) == 1
            ? FakeAnswer.Bare(503)
            : Answer(r, 0));
        using var store = Store();

        await store.SeedAsync(A.Actor("a1"));

        Assert.Equal(2, begins);
    }

    [Fact]
    public async Task The_cluster_affinity_header_is_echoed_on_every_request_of_the_transaction()
    {
        using var store = Store();

        await store.SeedAsync(A.Actor("a1"), A.Claim("c1"));

        Assert.NotEmpty(InTransaction);
        Assert.All(InTransaction, r => Assert.Equal("aura-member-3", r.Header("neo4j-cluster-affinity")));
    }

    [Fact]
    public async Task The_commit_bookmark_is_passed_on_the_next_read()
    {
        using var store = Store();

        await store.SeedAsync(A.Actor("a1"));
        await store.GetActorsAsync(["a1"]);

        using var read = JsonDocument.Parse(_server.Requests.Last().Body);
        Assert.Equal(["FB:committed"], read.RootElement.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task The_schema_is_applied_before_the_first_operation_and_retried_after_a_failure()
    {
        var down = true;
        _server.Respond = r => Task.FromResult(down ? FakeAnswer.Bare(503) : Answer(r, 0));
        using var store = Store();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CountAsync());
        down = false;
        _server.Requests.Clear();
        Assert.Empty(await store.GetActorsAsync(["a1"]));

        var statements = _server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()!).ToList();
        Assert.StartsWith("CREATE CONSTRAINT actor_id", statements[0], StringComparison.Ordinal);
        Assert.Equal(Schema.SchemaScripts.All.Count + 1, statements.Count);
        Assert.StartsWith("UNWIND $keys", statements[^1], StringComparison.Ordinal);
    }
}
