using System.Globalization;
using System.Text.RegularExpressions;
using ClaimGraph.Server.Tests.Api;
using ClaimGraph.Server.Tests.Crash;
using ClaimGraph.Testing;
using Xunit;

namespace ClaimGraph.Server.Tests.Cli;

/// <summary>`ingest-eval` as a user runs it from the repository: the built service as a child process, its printed report read back.</summary>
public sealed partial class IngestEvalVerbTests : IDisposable
{
    private static readonly string[] Measures = ["speaker", "stance", "speaker + stance", "relayedBy"];

    private readonly string _data = Directory.CreateTempSubdirectory("claimgraph-ingest-eval-").FullName;

    [Fact]
    public async Task Prints_precision_recall_and_F1_for_every_set_and_the_seed_then_three_throughputs()
    {
        var (code, output) = await RunAsync("--seconds", "0.2");

        Assert.True(code == 0, output);
        var sets = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "ClaimGraph.Ingest.Tests", "Evaluation"), "*.ndjson");
        Assert.True(sets.Length >= 3, output);
        var titles = sets.Select(Path.GetFileName).Append("seed article against its curated graph");
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var title in titles)
        {
            var at = lines.FindIndex(l => l.Contains(title!, StringComparison.Ordinal));
            Assert.True(at >= 0, $"no report for {title}:\n{output}");
            foreach (var (measure, line) in Measures.Zip(lines.Skip(at + 1).Take(Measures.Length)))
            {
                var m = ScoreLine().Match(line);
                Assert.True(m.Success && m.Groups["name"].Value == measure, $"expected the {measure} line of {title}, got: {line}");
                var (p, r, f1) = (Value(m, "p"), Value(m, "r"), Value(m, "f1"));
                Assert.InRange(p, 0, 1);
                Assert.InRange(r, 0, 1);
                Assert.Equal(p + r == 0 ? 0 : 2 * p * r / (p + r), f1, 0.0015);
            }
        }

        var speakerAndStance = lines.SkipWhile(l => !l.Contains("paragraphs.ndjson", StringComparison.Ordinal)).Skip(3).First();
        Assert.True(Value(ScoreLine().Match(speakerAndStance), "f1") >= 0.85, speakerAndStance);
        var throughputs = lines.Where(l => l.StartsWith("throughput: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, throughputs.Count);
        Assert.All(throughputs, t => Assert.True(int.Parse(t.Split(' ')[1], CultureInfo.InvariantCulture) > 0, t));
        Assert.Contains(lines, l => l.StartsWith("store: 0 actors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Misses_lists_each_miss_under_the_scores_of_its_set()
    {
        var set = Path.Combine(_data, "one.ndjson");
        await File.WriteAllLinesAsync(set,
        [
            """{"id":"p1","language":"en","text":"The weather was mild on Monday. Residents queued for bread.","statements":[{"speaker":"The ministry","stance":"DENIES","quote":"Residents queued for bread"}]}""",
        ]);

        var (code, output) = await RunAsync(set, "--misses", "--seconds", "0.1");

        Assert.True(code == 0, output);
        Assert.Contains("  speaker + stance  P 0.000  R 0.000  F1 0.000  (0 correct, 0 found, 1 annotated)", output, StringComparison.Ordinal);
        Assert.Contains("    p1: missed The ministry Denies «Residents queued for bread»", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seconds abc", "--seconds takes a number")]
    [InlineData("--seconds 0", "--seconds takes a number")]
    [InlineData("missing-set.ndjson", "missing-set.ndjson: no such file.")]
    [InlineData("--seconds", "--seconds is not an option")]
    public async Task Bad_arguments_get_a_clear_error_and_exit_code_2(string arguments, string message)
    {
        var (code, output) = await RunAsync(arguments.Split(' '));

        Assert.Equal(2, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--articles abc", "--articles takes a whole number")]
    [InlineData("--articles 1.5", "--articles takes a whole number")]
    [InlineData("missing-set.ndjson", "missing-set.ndjson: no such file.")]
    public async Task Resolve_agreement_refuses_bad_arguments_the_same_way(string arguments, string message)
    {
        var (code, output) = await ProcessRunner.RunAsync("dotnet", [ServiceProcess.ServerDll, "resolve-agreement", .. arguments.Split(' '), $"--ClaimGraph:DataDirectory={_data}"],
            RepositoryRoot.Path, TimeSpan.FromMinutes(5));

        Assert.Equal(2, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_set_is_refused_with_its_file_and_line()
    {
        var set = Path.Combine(_data, "bad.ndjson");
        await File.WriteAllLinesAsync(set,
        [
            """{"id":"p1","language":"en","text":"The ministry denied the report.","statements":[{"speaker":"The ministry","stance":"DENIES","quote":"The ministry denied the report"}]}""",
            """{"id":"p2","language":"en","text":"Nothing here.","statements":[{"speaker":"X","stance":"ASSERTS","quote":"not in the text"}]}""",
        ]);

        var (code, output) = await RunAsync(set, "--seconds", "0.1");

        Assert.Equal(2, code);
        Assert.Contains($"{set} line 2: the quote \"not in the text\" is not in the paragraph's text.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        ClaimGraphApp.TryDelete(_data);
    }

    private static double Value(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", [ServiceProcess.ServerDll, "ingest-eval", .. arguments, $"--ClaimGraph:DataDirectory={_data}"],
            RepositoryRoot.Path, TimeSpan.FromMinutes(5));

    [GeneratedRegex(@"^  (?<name>[a-zA-Z+ ]+?)\s+P (?<p>[0-9.]+)  R (?<r>[0-9.]+)  F1 (?<f1>[0-9.]+)")]
    private static partial Regex ScoreLine();
}
