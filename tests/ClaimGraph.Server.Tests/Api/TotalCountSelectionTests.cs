using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>Connections ask the store to count every match only when the query selects <c>totalCount</c>.</summary>
public sealed class TotalCountSelectionTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private ClaimGraphApp App => fixture.App;

    [Theory]
    [InlineData("""{ statements(first: 2) { nodes { key } pageInfo { hasNextPage } } }""", false)]
    [InlineData("""{ statements(first: 2) { totalCount } }""", true)]
    [InlineData("""{ statements(first: 2) { howMany: totalCount } }""", true)]
    [InlineData("""{ statements(first: 2) { ...Counted } } fragment Counted on StatementConnection { totalCount }""", true)]
    [InlineData("""{ statements(first: 2) { ... on StatementConnection { totalCount } } }""", true)]
    [InlineData("""{ statements(first: 2) { nodes { key } totalCount @include(if: false) } }""", false)]
    [InlineData("""{ actors(first: 2) { nodes { key } } }""", false)]
    [InlineData("""{ claims(first: 2) { totalCount } }""", true)]
    [InlineData("""{ sources(first: 2) { edges { cursor } } }""", false)]
    [InlineData("""{ contestedClaims(first: 2) { nodes { supportingActors } } }""", false)]
    [InlineData("""{ contestedClaims(first: 2) { totalCount } }""", true)]
    public async Task The_store_counts_only_when_totalCount_is_selected(string query, bool counted)
    {
        App.Store.Reset();

        await App.DataAsync(query);

        var request = Assert.Single(App.Store.PageRequests);
        Assert.Equal(counted, request.CountTotal);
    }

    [Fact]
    public async Task Each_connection_in_one_query_decides_for_itself_and_the_count_is_right()
    {
        App.Store.Reset();

        var data = await App.DataAsync("""
            { counts { statements }
              counted: statements(first: 1) { totalCount nodes { key } }
              uncounted: statements(first: 1) { nodes { key } } }
            """);

        Assert.Equal(data["counts"]!["statements"]!.GetValue<int>(), data["counted"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(data["counted"]!["nodes"]!.ToJsonString(), data["uncounted"]!["nodes"]!.ToJsonString());
        Assert.Equal([false, true], App.Store.PageRequests.Select(r => r.CountTotal).Order());
    }
}
