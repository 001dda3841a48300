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
}
