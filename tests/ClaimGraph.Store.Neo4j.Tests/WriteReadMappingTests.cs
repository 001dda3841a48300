using System.Collections;
using System.Text.RegularExpressions;
using ClaimGraph.Core.Model;
using ClaimGraph.Store.Neo4j.Cypher;
using ClaimGraph.Store.Neo4j.Records;
using ClaimGraph.Testing.Builders;
using ClaimGraph.Testing.Contract;
using Xunit;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>
/// Without a server, checks that what the writes store is what the reads project: each record goes
/// through its UNWIND row, the properties and relationships its write statement sets (read from the
/// Cypher text: <c>v.prop = row.field</c>, and the type and label of each reference it MERGEs), the map
/// projection of its read statement, and back to a record, which must equal the original.
/// </summary>
public sealed partial class WriteReadMappingTests
{
    private static readonly DateTimeOffset Damascus = new(2017, 10, 12, 18, 30, 15, 123, TimeSpan.FromHours(3));

    [Fact]
    public void An_actor_reads_back_as_written()
    {
        var actor = A.Actor("sdf").Named("قوات سوريا الديمقراطية", "ar").OfKind(ActorKind.ArmedGroup)
            .AlsoKnownAs("SDF").AlsoKnownAs("قسد", "ar").AffiliatedWith("coalition").ScopedTo("article").Build() with
        {
            Description = "Kurdish-led alliance",
            Role = "ally",
        };

        var read = NodeRecords.Actor(RoundTrip(WriteCypher.UpsertActors, "a", Projections.Actor("a"), NodeRows.Actor(actor)));

        RecordAssert.Equal(actor, read);
    }

    [Fact]
    public void A_claim_reads_back_as_written()
    {
        var claim = A.Claim("negotiations").Saying("مفاوضات لخروج المقاتلين", "ar").TranslatedTo("en", "Negotiations").TranslatedTo("fr", "Négociations").Build()
            with
        { Summary = "talks" };

        var read = NodeRecords.Claim(RoundTrip(WriteCypher.UpsertClaims, "c", Projections.Claim("c"), NodeRows.Claim(claim)));

        RecordAssert.Equal(claim, read);
    }

    [Fact]
    public void A_source_reads_back_as_written_with_its_citations_in_order_and_its_time_offset()
    {
        var source = A.Source("article").Titled("بين نفي قسد وتأكيد التحالف", "ar").Citing("statement", "post", "statement")
            .At("https://example.org/raqqa?id=1&lang=ar").PublishedBy("outlet").WrittenBy("reporter").PublishedAt(Damascus)
            .WithText("النص الكامل").Build();

        var read = NodeRecords.Source(RoundTrip(WriteCypher.UpsertSources, "so", Projections.Source("so"), NodeRows.Source(source)));

        RecordAssert.Equal(source, read);
    }

    [Fact]
    public void A_statement_reads_back_as_written()
    {
        var statement = A.Statement("st").By("sdf").On("negotiations").In("article").Denies().Quoting("نفي من قسد")
            .RelayedThrough("carrier").RelayedBy("outlet").OriginallyIn("official").Build() with
        {
            Span = new TextSpan(12, 22),
            StatedAt = Damascus,
            Note = "hedged",
        };

        var read = NodeRecords.Statement(RoundTrip(WriteCypher.UpsertStatements, "s", Projections.Statement("s"), NodeRows.Statement(statement)));

        RecordAssert.Equal(statement, read);
    }

    // What Neo4j would hold after the write, projected as the read statement projects it.
    private static Dictionary<string, object?> RoundTrip(string write, string v, string projection, Dictionary<string, object?> row)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        Assert.Contains($"MERGE ({v}:", write, StringComparison.Ordinal);
        Assert.Matches($@"MERGE \({v}:\w+ \{{id: row\.id\}}\)", write);
        properties["id"] = row["id"];
        foreach (Match set in SetProperty().Matches(write).Where(m => m.Groups["v"].Value == v))
            properties[set.Groups["prop"].Value] = Decoded(row[set.Groups["field"].Value]);

        var references = new Dictionary<(string Type, string Label), object?>();
        foreach (Match link in MergeReference().Matches(write).Where(m => m.Groups["v"].Value == v))
            references[(link.Groups["type"].Value, link.Groups["label"].Value)] = row[link.Groups["field"].Value];

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (Match property in ProjectedProperty().Matches(projection))
        {
            var name = property.Groups["prop"].Value;
            Assert.True(properties.ContainsKey(name) || !row.ContainsKey(name), $"the read projects .{name}, which the write never sets");
            map[name] = properties.GetValueOrDefault(name);
        }

        foreach (Match reference in ProjectedReference().Matches(projection))
        {
            var key = (reference.Groups["type"].Value, reference.Groups["label"].Value);
            Assert.True(references.ContainsKey(key), $"the read follows :{key.Item1} to :{key.Item2}, which the write never creates");
            map[reference.Groups["name"].Value] = references[key];
        }

        if (projection.Contains("cited: [", StringComparison.Ordinal))
        {
            Assert.Contains("CREATE (so)-[:CITES {ordinal: i}]->(t)", write, StringComparison.Ordinal);
            map["cited"] = ((IEnumerable<string>)row["cited"]!).Select((id, i) => (object?)new List<object?> { (long)i, id }).Reverse().ToList();
        }

        return map;
    }

    // Values as the Query API hands them back: lists as List<object?>, integers as long.
    private static object? Decoded(object? value) => value switch
    {
        string or null => value,
        int number => (long)number,
        IEnumerable list => list.Cast<object?>().Select(Decoded).ToList(),
        _ => value,
    };

    [GeneratedRegex(@"\b(?<v>\w+)\.(?<prop>\w+) = row\.(?<field>\w+)\b")]
    private static partial Regex SetProperty();

    [GeneratedRegex(@"row\.(?<field>\w+) IS NULL THEN \[\] ELSE \[row\.\k<field>\] END \|\s*MERGE \(t:(?<label>\w+) \{id: target\}\) MERGE \((?<v>\w+)\)-\[:(?<type>\w+)\]->\(t\)")]
    private static partial Regex MergeReference();

    [GeneratedRegex(@"[{,]\s*\.(?<prop>\w+)")]
    private static partial Regex ProjectedProperty();

    [GeneratedRegex(@"(?<name>\w+): head\(\[\(\w+\)-\[:(?<type>\w+)\]->\(\w+:(?<label>\w+)\)")]
    private static partial Regex ProjectedReference();
}
