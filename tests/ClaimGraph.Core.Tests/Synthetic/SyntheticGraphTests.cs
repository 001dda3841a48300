using ClaimGraph.Core.Import;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Synthetic;
using Xunit;

namespace ClaimGraph.Core.Tests.Synthetic;

public sealed class SyntheticGraphTests
{
    private static readonly List<ImportRecord> Graph = new SyntheticGraph(new SyntheticGraphOptions(20_000, Seed: 5)).Records().ToList();

    private static IEnumerable<StatementRecord> Statements => Graph.OfType<StatementRecord>();

    [Fact]
    public async Task The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        static async Task<string> Write(int seed)
        {
            await using var text = new StringWriter();
            await SyntheticGraphWriter.WriteAsync(text, new SyntheticGraphOptions(3_000, seed));
            return text.ToString();
        }

        var first = await Write(9);
        Assert.Equal(first, await Write(9));
        Assert.NotEqual(first, await Write(10));
    }

    [Fact]
    public void It_makes_exactly_the_statements_asked_for_and_its_output_parses_as_one_valid_import()
    {
        Assert.Equal(20_000, Statements.Count());
        var lines = Graph.Select(r => System.Text.Json.JsonSerializer.Serialize(r, ImportJson.Options));
        var batch = ImportReader.Parse(lines);
        Assert.Equal(20_000, batch.Statements.Count);
        Assert.Equal(Graph.Count, batch.Count);
    }

    [Fact]
    public void Every_reference_points_at_a_record_on_an_earlier_line()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in Graph)
        {
            switch (record)
            {
                case ActorRecord a:
                    AssertSeen(seen, "a:", a.Affiliation, "s:", a.ScopeSource);
                    seen.Add("a:" + a.Id);
                    break;
                case SourceRecord s:
                    AssertSeen(seen, "a:", s.Publisher, "s:", s.Cites is { Count: > 0 } cites ? cites[0] : null);
                    seen.Add("s:" + s.Id);
                    break;
                case ClaimRecord c:
                    seen.Add("c:" + c.Id);
                    break;
                case StatementRecord st:
                    AssertSeen(seen, "a:", st.Actor, "c:", st.Claim);
                    AssertSeen(seen, "s:", st.Source, "st:", st.RelayedThrough);
                    AssertSeen(seen, "a:", st.RelayedBy, "s:", st.OriginSource);
                    seen.Add("st:" + st.Id);
                    break;
                case ClaimLinkRecord l:
                    AssertSeen(seen, "c:", l.From, "c:", l.To);
                    break;
            }
        }
    }

    [Fact]
    public void It_is_skewed_like_reporting_contested_relayed_and_bilingual()
    {
        var byActor = Statements.GroupBy(s => s.Actor).Select(g => g.Count()).OrderByDescending(c => c).ToList();
        var topTenPercent = byActor.Take(byActor.Count / 10).Sum();
        Assert.True(topTenPercent > 20_000 / 2, $"the busiest tenth of the actors made {topTenPercent} of 20000 statements");

        var contested = Statements.GroupBy(s => s.Claim)
            .Count(g => g.Any(s => s.Stance is Stance.Asserts or Stance.Confirms) && g.Any(s => s.Stance == Stance.Denies));
        Assert.True(contested > 500, $"{contested} claims are both asserted and denied");

        var relayedThrough = Statements.Where(s => s.RelayedThrough is not null).ToDictionary(s => s.Id, s => s.RelayedThrough!);
        Assert.Contains(relayedThrough, pair => relayedThrough.ContainsKey(pair.Value));
        Assert.Contains(Graph.OfType<ClaimRecord>(), c => c.Language == "ar" && c.Translations is { Count: > 0 });
        Assert.Contains(Graph.OfType<ClaimRecord>(), c => c.Language == "en");
        Assert.Contains(Graph.OfType<ActorRecord>(), a => a.Kind == ActorKind.AnonymousSource);
    }

    private static void AssertSeen(HashSet<string> seen, string kind1, string? id1, string kind2, string? id2)
    {
        if (id1 is not null)
            Assert.Contains(kind1 + id1, seen);
        if (id2 is not null)
            Assert.Contains(kind2 + id2, seen);
    }
}
