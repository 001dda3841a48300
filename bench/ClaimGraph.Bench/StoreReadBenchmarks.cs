using BenchmarkDotNet.Attributes;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite;

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

    /// <summary>claim(id) { stances { stance statements { ... } } }: the claim, then its statements (grouped in memory).</summary>
    [Benchmark]
    public async Task<int> ClaimWithStatementsByStance()
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

    [Benchmark]
    public async Task<int> ContestedClaims() => (await _store.QueryContestedClaimsAsync(new PageRequest(10))).Items.Count;

    [Benchmark]
    public async Task<int> Search() => (await _store.SearchAsync("الرقة", [NodeKind.Actor, NodeKind.Claim, NodeKind.Source, NodeKind.Statement], 20)).Count;

    /// <summary>statements(filter: { actor }, first: 20) for the most prolific actor: one page, with totalCount.</summary>
    [Benchmark]
    public async Task<int> TopActorStatementsPage() =>
        (await _store.QueryStatementsAsync(new StatementQuery(ActorId: _ids.TopActor), new PageRequest(20))).Items.Count;

    /// <summary>A graph-like slice: a typical actor's statements, then every statement on those claims (two batched calls).</summary>
    [Benchmark]
    public async Task<int> GraphSlice()
    {
        var own = await _store.GetStatementsByAsync(StatementEdge.Actor, [_ids.TypicalActor]);
        var around = await _store.GetStatementsByAsync(StatementEdge.Claim, own.Select(s => s.ClaimId).Distinct().ToList());
        return around.Count;
    }
}
