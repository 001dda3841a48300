using BenchmarkDotNet.Attributes;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Bench;

/// <summary>
/// The API's key reads at store level, on the databases bench/data.sh made (BENCH_DATA names the
/// folder, BENCH_SIZES the sizes). Each benchmark is the store calls one GraphQL field makes.
/// </summary>
[MemoryDiagnoser]
public class StoreReadBenchmarks
{
    private SqliteClaimStore _store = null!;
    private BenchIds _ids = null!;

    [ParamsSource(nameof(Sizes))]
    public int Statements { get; set; }

    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("BENCH_SIZES") ?? "10000,100000,1000000").Split(',').Select(int.Parse);

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("BENCH_DATA") ?? "bench/data", Statements.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _ids = BenchIds.Find(folder);
        _store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = folder });
        Console.WriteLine($"// {Statements}: {_ids}");
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>The simplest read, actor(id) { name }: one store call.</summary>
    [Benchmark]
    public async Task<int> ActorById() => (await _store.GetActorsAsync([_ids.TypicalActor])).Count;

    /// <summary>claim(id) { stances { stance count } statements { ... } }: the claim, its stance counts, its first 100 statements.</summary>
    [Benchmark]
    public async Task<int> ClaimWithStatementsByStance() => await ClaimStancesAndFirstStatements(_ids.TypicalClaim);

    /// <summary>The same for the most discussed claim (tens of thousands of statements at 1M).</summary>
    [Benchmark]
    public async Task<int> TopClaimWithStatementsByStance() => await ClaimStancesAndFirstStatements(_ids.TopClaim);

    /// <summary>Before the cap: the most discussed claim with every statement loaded and grouped in memory.</summary>
    [Benchmark]
    public async Task<int> TopClaimWithAllStatementsUncapped()
    {
        var statements = await _store.GetStatementsByAsync(StatementEdge.Claim, [_ids.TopClaim]);
        return statements.GroupBy(s => s.Stance).Count();
    }

    /// <summary>Before the cap: the typical claim with every statement loaded and grouped in memory.</summary>
    [Benchmark]
    public async Task<int> ClaimWithAllStatementsUncapped()
    {
        var claims = await _store.GetClaimsAsync([_ids.TypicalClaim]);
        var statements = await _store.GetStatementsByAsync(StatementEdge.Claim, [claims[0].Id]);
        return statements.GroupBy(s => s.Stance).Count();
    }

    /// <summary>actor(id) { contradicts contradictedBy }: one capped call per direction, 20 pairs each (the API default).</summary>
    [Benchmark]
    public async Task<int> ActorContradictions() =>
        (await _store.GetContradictionsAsync([_ids.TypicalActor], ContradictionDirection.OwnLater, 20)).Count
        + (await _store.GetContradictionsAsync([_ids.TypicalActor], ContradictionDirection.OwnEarlier, 20)).Count;

    /// <summary>The same for the most prolific actor (115,826 statements at 1M).</summary>
    [Benchmark]
    public async Task<int> TopActorContradictions() =>
        (await _store.GetContradictionsAsync([_ids.TopActor], ContradictionDirection.OwnLater, 20)).Count
        + (await _store.GetContradictionsAsync([_ids.TopActor], ContradictionDirection.OwnEarlier, 20)).Count;

    /// <summary>Before the cap: every contradiction pair of the typical actor, both ways, in one call.</summary>
    [Benchmark]
    public async Task<int> ActorContradictionsUncapped() =>
        (await _store.GetContradictionsAsync([_ids.TypicalActor], ContradictionDirection.Any, int.MaxValue)).Count;

    [Benchmark]
    public async Task<int> ContestedClaims() => (await _store.QueryContestedClaimsAsync(new PageRequest(10))).Items.Count;

    /// <summary>contestedClaims(first: 10) without totalCount (the dashboard's query).</summary>
    [Benchmark]
    public async Task<int> ContestedClaimsWithoutTotal() => (await _store.QueryContestedClaimsAsync(new PageRequest(10, CountTotal: false))).Items.Count;

    [Benchmark]
    public async Task<int> Search() => (await _store.SearchAsync("الرقة", [NodeKind.Actor, NodeKind.Claim, NodeKind.Source, NodeKind.Statement], 20)).Count;

    /// <summary>statements(filter: { actor }, first: 20) for the most prolific actor: one page, with totalCount.</summary>
    [Benchmark]
    public async Task<int> TopActorStatementsPage() =>
        (await _store.QueryStatementsAsync(new StatementQuery(ActorId: _ids.TopActor), new PageRequest(20))).Items.Count;

    /// <summary>The same page with totalCount right after another connection committed: the kept total is dropped and counted again.</summary>
    [Benchmark]
    public async Task<int> TopActorStatementsPageAfterWrite() =>
        (await _store.QueryStatementsAsync(new StatementQuery(ActorId: _ids.TopActor), new PageRequest(20))).Items.Count;

    [IterationSetup(Target = nameof(TopActorStatementsPageAfterWrite))]
    public void CommitElsewhere()
    {
        // A real change (SQLite writes nothing for an UPDATE to the same value): one statement's note toggles.
        using var connection = new SqliteConnection($"Data Source={_store.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE statements SET note = CASE WHEN note IS NULL THEN 'bench' END WHERE seq = (SELECT min(seq) FROM statements);";
        command.ExecuteNonQuery();
    }

    /// <summary>The same page without totalCount.</summary>
    [Benchmark]
    public async Task<int> TopActorStatementsPageWithoutTotal() =>
        (await _store.QueryStatementsAsync(new StatementQuery(ActorId: _ids.TopActor), new PageRequest(20, CountTotal: false))).Items.Count;

    /// <summary>actor { statements { claim { statements } } } with the nested caps (100 per parent): two batched calls.</summary>
    [Benchmark]
    public async Task<int> GraphSliceCapped()
    {
        var own = await _store.GetFirstStatementsByAsync(StatementEdge.Actor, [_ids.TypicalActor], null, 100);
        var around = await _store.GetFirstStatementsByAsync(StatementEdge.Claim, own.Select(s => s.ClaimId).Distinct().ToList(), null, 100);
        return around.Count;
    }

    private async Task<int> ClaimStancesAndFirstStatements(string claimId)
    {
        var claims = await _store.GetClaimsAsync([claimId]);
        var stances = await _store.GetClaimStanceActorsAsync([claims[0].Id]);
        var statements = await _store.GetFirstStatementsByAsync(StatementEdge.Claim, [claims[0].Id], null, 100);
        return stances.Select(s => s.Stance).Distinct().Count() + statements.Count;
    }

    /// <summary>Before the cap: a typical actor's statements, then every statement on those claims (two batched calls).</summary>
    [Benchmark]
    public async Task<int> GraphSlice()
    {
        var own = await _store.GetStatementsByAsync(StatementEdge.Actor, [_ids.TypicalActor]);
        var around = await _store.GetStatementsByAsync(StatementEdge.Claim, own.Select(s => s.ClaimId).Distinct().ToList());
        return around.Count;
    }
}
