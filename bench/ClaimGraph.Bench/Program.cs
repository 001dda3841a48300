using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ClaimGraph.Bench;

// store            BenchmarkDotNet timings of the key store reads (BENCH_DATA, BENCH_SIZES)
// bare PORT BYTES  the bare-Kestrel ceiling for the load test
// pipeline DATA_DIR [N]  in-process cost per request of the endpoint and its phases (PipelinePhases)
// search-costs DATA_DIR [RUNS]  store-level time of each varied search text, slowest first
// search-compare DATA_DIR  the varied searches' first 20 hits against FTS5's bm25 over the newest 500 (the ranking before)
// contradictions DATA_DIR OUT  the store's contradictions for many actors, one line per case (bench/contradictions-check.sh)
// articles EVAL_DIR N OUT  an NDJSON file of N ~5 KB articles for `ingest` (bench/ingest.sh)
// ids DATA_DIR     prints the ids the benchmarks and the load test read, as shell assignments
switch (args.FirstOrDefault())
{
    case "store":
        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkRunner.Run<StoreReadBenchmarks>(config, args.Skip(1).ToArray());
        return 0;
    case "bare":
        await BareKestrel.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
        return 0;
    case "pipeline":
        var found = BenchIds.Find(args[1]);
        await PipelinePhases.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3000,
        [
            ("simplest", $"{{ actor(id: \"{found.TypicalActor}\") {{ name kind }} }}"),
            ("typical claim", $"{{ claim(id: \"{found.TypicalClaim}\") {{ text isContested stances {{ stance statements {{ actor {{ name }} source {{ title }} quote }} }} }} }}"),
        ]);
        return 0;
    case "search-costs":
        await SearchCosts.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
        return 0;
    case "search-compare":
        await SearchCompare.RunAsync(args[1]);
        return 0;
    case "contradictions":
        await ContradictionDump.RunAsync(args[1], args[2]);
        return 0;
    case "articles":
        return await ArticleFile.WriteAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
    case "ids":
        var ids = BenchIds.Find(args[1]);
        Console.WriteLine($"TYPICAL_ACTOR={ids.TypicalActor} TYPICAL_ACTOR_STATEMENTS={ids.TypicalActorStatements} TOP_ACTOR={ids.TopActor} TOP_ACTOR_STATEMENTS={ids.TopActorStatements} TYPICAL_CLAIM={ids.TypicalClaim} TYPICAL_CLAIM_STATEMENTS={ids.TypicalClaimStatements}"
            + $" VARIED_ACTORS={string.Join(',', ids.VariedActors)} VARIED_CLAIMS={string.Join(',', ids.VariedClaims)}"
            + $" VARIED_SEARCHES='{string.Join('|', ids.VariedSearches)}'"); // letters, digits and spaces only: safe in single quotes
        return 0;
    default:
        Console.Error.WriteLine("usage: ClaimGraph.Bench store [BenchmarkDotNet args] | bare PORT BYTES | pipeline DATA_DIR [N] | search-costs DATA_DIR [RUNS] | search-compare DATA_DIR | contradictions DATA_DIR OUT | articles EVAL_DIR N OUT | ids DATA_DIR");
        return 2;
}
