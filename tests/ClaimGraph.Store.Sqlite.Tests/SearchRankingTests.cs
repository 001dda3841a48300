using System.Globalization;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Search;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>
/// The SQLite search ranks candidates itself (SearchQuery): with fewer matches than it ranks, exactly as FTS5's bm25
/// would; a broad search ranks its newest matches only; a word being typed is found through the indexed prefixes.
/// </summary>
public sealed class SearchRankingTests : IDisposable
{
    private static readonly NodeKind[] AllKinds = Enum.GetValues<NodeKind>();

    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<object> Claims(string prefix, int count, Func<int, string> text) =>
        Enumerable.Range(0, count).Select(i => A.Claim(string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:D4}")).Saying(text(i)));

    [Theory]
    [InlineData("raqqa")]
    [InlineData("raqqa fighters")]
    [InlineData("fighters raqqa leave")]
    [InlineData("للتحالف")]
    [InlineData("التحالف الرقة")]
    [InlineData("ra")]
    [InlineData("figh")]
    public async Task Few_matches_come_in_fts5_bm25_order_with_its_scores(string text)
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(
            A.Claim("c1").Saying("IS fighters leave Raqqa"), A.Claim("c2").Saying("Raqqa Raqqa fighters"),
            A.Claim("c3").Saying("fighters fighters Raqqa, and fighters again, far from the city"), A.Claim("c4").Saying("Raqqawi fighters stay"),
            A.Claim("c5").Saying("A long report on the weather, the markets, the roads, the schools and, once, Raqqa"),
            A.Claim("c6").Saying("للتحالف في الرقة"), A.Claim("c7").Saying("التحالف يعلن عن الرقة والتحالف"), A.Claim("c8").Saying("لتحالف آخر"),
            A.Actor("a1").Named("Raqqa fighters council").AlsoKnownAs("Raqqa council"), A.Source("s1").Titled("Fighting in Raqqa"));

        var hits = await store.SearchAsync(text, AllKinds, 50);

        var expected = Bm25ByFts5(FtsMatch.From(text)!);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Id), hits.Select(h => h.Id));
        Assert.All(hits.Zip(expected), pair => Assert.Equal(pair.Second.Score, pair.First.Score, 9));
    }

    [Fact]
    public async Task A_broad_search_ranks_only_its_newest_matches()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(A.Claim("best").Saying("Raqqa"));
        await store.SeedAsync(Claims("n", SearchQuery.RankedCandidates - 1, i => $"Raqqa in a longer report, number {i}"));

        Assert.Equal("best", (await store.SearchAsync("raqqa", AllKinds, 20))[0].Id);

        await store.SeedAsync(A.Claim("newest").Saying("The latest news from Raqqa"));

        var hits = await store.SearchAsync("raqqa", AllKinds, 20);
        Assert.Equal(20, hits.Count);
        Assert.DoesNotContain(hits, h => h.Id == "best");
        Assert.Equal("newest", hits[0].Id);
    }

    [Fact]
    public async Task A_broad_search_by_whole_words_leaves_out_older_longer_words()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(A.Claim("longer").Saying("Raqqawi"));
        await store.SeedAsync(Claims("n", SearchQuery.RankedCandidates, i => $"Raqqa report {i}"));

        Assert.DoesNotContain(await store.SearchAsync("raqqa", AllKinds, 20), h => h.Id == "longer");
        Assert.Equal(["longer"], (await store.SearchAsync("raqqaw", AllKinds, 100)).Select(h => h.Id));
    }

    [Fact]
    public async Task With_fewer_whole_word_matches_than_ranked_longer_words_are_found_too()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(A.Claim("longer").Saying("Raqqawi"));
        await store.SeedAsync(Claims("n", 10, i => $"Raqqa report {i}"));

        Assert.Contains(await store.SearchAsync("raqqa", AllKinds, 20), h => h.Id == "longer");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(450)] // more rows of the three-letter prefix than the scan reads: the prefix query runs as it is
    public async Task A_word_being_typed_is_found_among_others_sharing_its_first_letters(int others)
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(Claims("wanted", 5, i => $"negotiations round {i}"));
        await store.SeedAsync(Claims("other", others, i => $"neglected district {i}"));

        var hits = await store.SearchAsync("nego", AllKinds, 20);

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"wanted{i:D4}"), hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_word_being_typed_with_many_matches_ranks_the_newest()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(Claims("old", 50, i => $"negotiations {i}"));
        await store.SeedAsync(Claims("new", SearchQuery.RankedCandidates, i => $"negotiations resumed in the city, report {i}"));

        var hits = await store.SearchAsync("nego", AllKinds, 20);

        Assert.Equal(20, hits.Count);
        Assert.All(hits, h => Assert.StartsWith("new", h.Id, StringComparison.Ordinal));
    }

    private List<(string Id, double Score)> Bm25ByFts5(string match)
    {
        using var connection = _folder.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH docs AS (
                SELECT d.kind, d.node_id, -f.rank AS score
                FROM search_fts f JOIN search_docs d ON d.doc_id = f.rowid
                WHERE search_fts MATCH @match)
            SELECT node_id, MAX(score) AS best FROM docs
            GROUP BY kind, node_id
            ORDER BY best DESC, kind, node_id;
            """;
        command.Parameters.AddWithValue("@match", match);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, double)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetDouble(1)));
        return rows;
    }
}
