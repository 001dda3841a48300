using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: وكالة begins with و, which is no conjunction there; an occasion that a وكالة carried names it as the relay.</summary>
public sealed class Round9ArabicOutletWordTests
{
    [Fact]
    public void A_statement_carried_by_an_agency_between_commas_is_relayed_by_it()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مدير الميناء، حامد الزين، في بيان نقلته وكالة أنباء الشرق، إن الأرصفة أعيد فتحها.", "ar"));
        Assert.Equal("حامد الزين", f.Speaker!.Name);
        Assert.Equal("وكالة أنباء الشرق", f.RelayedBy!.Name);
        Assert.Equal("الأرصفة أعيد فتحها", f.Content.Text);

        var g = Assert.Single(StatementExtractor.Extract("وأكد وزير النقل، في تصريحات نقلتها وكالة أنباء السهل، أن الطريق سيفتتح قريباً.", "ar"));
        Assert.Equal("وزير النقل", g.Speaker!.Name);
        Assert.Equal("وكالة أنباء السهل", g.RelayedBy!.Name);
    }

    [Fact]
    public void An_occasion_that_names_no_outlet_relays_nothing()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مدير الميناء، حامد الزين، في بيان نشره على حسابه، إن الأرصفة أعيد فتحها.", "ar"));
        Assert.Equal("حامد الزين", f.Speaker!.Name);
        Assert.Null(f.RelayedBy);
    }
}
