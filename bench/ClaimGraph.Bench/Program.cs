using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ClaimGraph.Bench;

// store            BenchmarkDotNet timings of the key store reads (BENCH_DATA, BENCH_SIZES)
// bare PORT BYTES  the bare-Kestrel ceiling for the load test
// pipeline DATA_DIR [N]  in-process cost per request of the endpoint and its phases (PipelinePhases)
// contradictions DATA_DIR OUT  the store's contradictions for many actors, one line per case (bench/contradictions-check.sh)
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
    case "contradictions":
        await ContradictionDump.RunAsync(args[1], args[2]);
        return 0;
    case "ids":
        var ids = BenchIds.Find(args[1]);
        Console.WriteLine($"TYPICAL_ACTOR={ids.TypicalActor} TYPICAL_ACTOR_STATEMENTS={ids.TypicalActorStatements} TOP_ACTOR={ids.TopActor} TOP_ACTOR_STATEMENTS={ids.TopActorStatements} TYPICAL_CLAIM={ids.TypicalClaim} TYPICAL_CLAIM_STATEMENTS={ids.TypicalClaimStatements}"
            + $" VARIED_ACTORS={string.Join(',', ids.VariedActors)} VARIED_CLAIMS={string.Join(',', ids.VariedClaims)}");
        return 0;
    default:
        Console.Error.WriteLine("usage: ClaimGraph.Bench store [BenchmarkDotNet args] | bare PORT BYTES | pipeline DATA_DIR [N] | contradictions DATA_DIR OUT | ids DATA_DIR");
        return 2;
}
