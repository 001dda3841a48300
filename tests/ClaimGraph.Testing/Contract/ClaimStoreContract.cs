using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

/// <summary>
/// The behaviour every <see cref="IClaimStore"/> owes the domain, written once. A store enrols with a
/// near-empty subclass that makes a fresh, empty store per test; a store that needs a server it cannot
/// find says so through <see cref="SkipReason"/> and every test skips with that message.
/// The tests are split by topic over several files of this one partial class.
/// </summary>
public abstract partial class ClaimStoreContract
{
    /// <summary>Why this enrolment cannot run here (no server configured, say), or null to run.</summary>
    protected virtual string? SkipReason => null;

    /// <summary>A new store with no data in it; called once per test.</summary>
    protected abstract Task<IClaimStore> CreateEmptyStoreAsync();

    /// <summary>Skips when the store is unavailable, else a fresh store holding <paramref name="seed"/>.</summary>
    protected async Task<IClaimStore> StoreAsync(params IEnumerable<object> seed)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var store = await CreateEmptyStoreAsync();
        var records = seed.ToList();
        if (records.Count > 0)
            await store.SeedAsync(records);
        return store;
    }

    /// <summary>Follows "after" cursors from the first page to the last, checking the page metadata on the way.</summary>
    protected static async Task<List<T>> WalkAsync<T>(Func<PageRequest, Task<Page<T>>> query, int pageSize, SortOrder order = SortOrder.Default)
    {
        var all = new List<T>();
        string? after = null;
        int? total = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await query(new PageRequest(pageSize, after, order));
            total ??= page.TotalCount;
            Assert.Equal(total, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            Assert.True(page.Items.Count <= pageSize);
            all.AddRange(page.Items.Select(i => i.Node));
            if (!page.HasNextPage)
            {
                Assert.Equal(total, all.Count);
                return all;
            }

            Assert.Equal(pageSize, page.Items.Count);
            after = page.Items[^1].Cursor;
        }

        throw new InvalidOperationException("Paging did not end.");
    }

    protected static IReadOnlyList<string> Ids(IEnumerable<Actor> actors) => actors.Select(a => a.Id).ToList();

    protected static IReadOnlyList<string> Ids(IEnumerable<Claim> claims) => claims.Select(c => c.Id).ToList();

    protected static IReadOnlyList<string> Ids(IEnumerable<Source> sources) => sources.Select(s => s.Id).ToList();

    protected static IReadOnlyList<string> Ids(IEnumerable<Statement> statements) => statements.Select(s => s.Id).ToList();
}
