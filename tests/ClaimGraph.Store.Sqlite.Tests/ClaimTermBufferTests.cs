using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Terms;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>The bulk phase's claim terms derived off the writer's thread: the last committed text wins, rows come sorted, and too many rows give up.</summary>
public sealed class ClaimTermBufferTests
{
    [Fact]
    public async Task Rows_come_sorted_by_term_then_claim_with_each_claim_s_last_committed_terms()
    {
        var buffer = new ClaimTermBuffer();
        buffer.Committed([Claim("c2", "The reservoir overflowed at dawn"), Claim("c1", "The factions withdrew from the reservoir")]);
        buffer.Committed([Claim("c1", "الفصائل الوطنية تنسحب من الولاية الشمالية")]);

        var rows = await buffer.SortedRowsAsync();

        Assert.NotNull(rows);
        var expected = new[] { ("c1", "الفصائل الوطنية تنسحب من الولاية الشمالية"), ("c2", "The reservoir overflowed at dawn") }
            .SelectMany(c => ClaimTerms.Of(c.Item2) is var terms ? terms.Select(t => (t, c.Item1, terms.Count)) : [])
            .OrderBy(r => r.t, StringComparer.Ordinal).ThenBy(r => r.Item2, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, rows);
        Assert.DoesNotContain(rows, r => r.ClaimId == "c1" && r.Term == "faction");
    }

    [Fact]
    public async Task Claim_ids_come_in_SQLite_s_binary_order_where_it_differs_from_ordinal_order()
    {
        var buffer = new ClaimTermBuffer();
        string[] ids = ["c\U0001F600", "c\uE000", "c", "C", "c\u00E9"];
        buffer.Committed([.. ids.Select(id => Claim(id, "The reservoir overflowed"))]);

        var rows = (await buffer.SortedRowsAsync())!.Where(r => r.Term == "reservoir").Select(r => r.ClaimId).ToList();

        Assert.Equal(["C", "c", "c\u00E9", "c\uE000", "c\U0001F600"], rows);
        var all = (await buffer.SortedRowsAsync())!;
        Assert.Equal(2 * ids.Length, all.Count);
        Assert.Equal(all.Count, all.ToList().Count);
    }

    [Fact]
    public async Task More_rows_than_the_limit_or_an_invalidation_leave_no_rows_so_the_phase_refills()
    {
        var small = new ClaimTermBuffer(maxRows: 3);
        small.Committed([Claim("c1", "The factions withdrew from the northern reservoir at dawn")]);
        Assert.Null(await small.SortedRowsAsync());
        Assert.False(small.Valid);

        var invalidated = new ClaimTermBuffer();
        invalidated.Committed([Claim("c1", "The reservoir overflowed")]);
        invalidated.Invalidate();
        Assert.Null(await invalidated.SortedRowsAsync());

        var within = new ClaimTermBuffer(maxRows: 100);
        within.Committed([Claim("c1", "The factions withdrew from the northern reservoir at dawn")]);
        Assert.NotEmpty((await within.SortedRowsAsync())!);
    }

    private static Claim Claim(string id, string text) => new(id, text, "en", []);
}
