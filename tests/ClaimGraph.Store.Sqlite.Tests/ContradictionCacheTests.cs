using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Queries;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>
/// The contradiction read keeps each busy claim's first via-link candidates per read connection: a write through this store
/// or through another connection to the file must show in the next read.
/// </summary>
public sealed class ContradictionCacheTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_write_from_this_store_or_another_shows_in_the_next_contradiction_read()
    {
        // x asserts c; d contradicts c and 40 actors assert it (more than the cached first rows); enough other claims
        // contradict c for the read to cache its candidates.
        var store = _folder.OpenStore();
        var seed = new List<object> { A.Source("s"), A.Claim("c"), A.Claim("d"), A.Link("d", "c"), A.Actor("x"), A.Statement("x1").By("x").On("c").In("s").Asserts() };
        for (var i = 1; i < ViaPrefixCache.MinLinks; i++)
            seed.AddRange([A.Claim($"e{i}"), A.Link(i % 2 == 0 ? $"e{i}" : "c", i % 2 == 0 ? "c" : $"e{i}")]);
        for (var i = 10; i < 50; i++)
            seed.AddRange([A.Actor($"v{i}"), A.Statement($"v{i}-1").By($"v{i}").On("d").In("s").Asserts()]);
        await store.SeedAsync(seed);
        for (var round = 0; round < 3; round++)
            Assert.Equal(["v10-1", "v11-1"], await OthersAsync(store));

        await store.SeedAsync(A.Actor("a"), A.Statement("a1").By("a").On("d").In("s").Asserts());
        Assert.Equal(["a1", "v10-1"], await OthersAsync(store));

        var other = _folder.OpenStore();
        await other.SeedAsync(A.Actor("0"), A.Statement("01").By("0").On("d").In("s").Asserts());
        Assert.Equal(["01", "a1"], await OthersAsync(store));

        await other.SeedAsync(A.Statement("01").By("0").On("d").In("s").Denies());
        Assert.Equal(["a1", "v10-1"], await OthersAsync(store));
        Assert.Equal(41, (await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 100)).Count);
    }

    private static async Task<string[]> OthersAsync(SqliteClaimStore store)
    {
        var each = await store.GetContradictionsEachWayAsync(["x"], [ContradictionDirection.Any, ContradictionDirection.OwnLater], 2);
        Assert.Equal(each[0], each[1]);
        Assert.All(each[0], c => Assert.True(c.ViaLink));
        return each[0].Select(c => c.Other.Id).ToArray();
    }
}
