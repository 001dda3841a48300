using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>Nested lists that can grow with the data take a capped <c>first</c>.</summary>
public sealed class NestedLimitTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private ClaimGraphApp App => fixture.App;

    [Fact]
    public async Task Contradictions_take_first_and_zero_gives_none()
    {
        var data = await App.DataAsync("""
            { actor(id: "Actor:sdf") {
                all: contradicts { actor { key } }
                one: contradicts(first: 1) { evidence { statement { key } } }
                none: contradictedBy(first: 0) { actor { key } }
            } }
            """);
        JsonAssert.Equal("""
            { "actor": {
                "all": [ { "actor": { "key": "international-coalition" } } ],
                "one": [ { "evidence": [ { "statement": { "key": "st-sdf-denies-negotiations" } } ] } ],
                "none": []
            } }
            """, data);
    }

    [Theory]
    [InlineData("""{ actor(id: "Actor:sdf") { contradicts(first: 101) { actor { key } } } }""")]
    [InlineData("""{ actor(id: "Actor:sdf") { contradictedBy(first: -1) { actor { key } } } }""")]
    public async Task A_first_beyond_the_page_size_is_refused_with_what_to_fix(string query)
    {
        var result = await App.QueryAsync(query);

        var error = result["errors"]![0]!;
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.Equal("first", (string?)error["extensions"]!["field"]);
        Assert.Contains("between 0 and 100", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_statements_keep_the_first_by_id_and_stance_counts_cover_all()
    {
        var data = await App.DataAsync("""
            { actor(id: "Actor:international-coalition") { all: statements { key } two: statements(first: 2) { key } none: confirmed(first: 0) { key } }
              claim(id: "Claim:negotiations-exist") {
                isContested deniedBy { key }
                stances { stance count statements(first: 0) { key } actors { key } }
                statements(first: 1) { key }
                every: statements { key }
            } }
            """);

        var all = data["actor"]!["all"]!.AsArray().Select(s => (string)s!["key"]!).ToList();
        var two = data["actor"]!["two"]!.AsArray().Select(s => (string)s!["key"]!).ToList();
        Assert.True(all.Count > 2, $"the coalition has {all.Count} statements in the seed");
        Assert.Equal(all.Order(StringComparer.Ordinal).Take(2), two);
        Assert.Empty(data["actor"]!["none"]!.AsArray());
        var claim = data["claim"]!;
        Assert.True((bool)claim["isContested"]!);
        Assert.Equal("sdf", (string?)claim["deniedBy"]![0]!["key"]);
        var every = claim["every"]!.AsArray().Count;
        Assert.Equal(every, claim["stances"]!.AsArray().Sum(g => (int)g!["count"]!));
        Assert.All(claim["stances"]!.AsArray(), g => Assert.Empty(g!["statements"]!.AsArray()));
        Assert.Single(claim["statements"]!.AsArray());
    }

    [Fact]
    public async Task Nested_statements_refuse_a_first_beyond_the_page_size()
    {
        var result = await App.QueryAsync("""{ actor(id: "Actor:sdf") { statements(first: 1000) { key } } }""");

        Assert.Equal("VALIDATION", (string?)result["errors"]![0]!["extensions"]!["code"]);
    }
}
