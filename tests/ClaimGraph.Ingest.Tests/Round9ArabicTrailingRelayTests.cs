using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: "، بحسب ما نقلت قناة X." closing a statement names the outlet that carried it, not a new speaker.</summary>
public sealed class Round9ArabicTrailingRelayTests
{
    [Fact]
    public void An_outlet_after_the_statement_relays_it()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مسؤول محلي إن المياه عادت إلى الأحياء، وفق ما أوردته صحيفة الميدان.", "ar"));
        Assert.Equal("مسؤول محلي", f.Speaker!.Name);
        Assert.Equal("صحيفة الميدان", f.RelayedBy!.Name);
        Assert.Equal("المياه عادت إلى الأحياء", f.Content.Text);

        var g = Assert.Single(StatementExtractor.Extract("وأكد قائد الشرطة أن الطريق فتح أمام السيارات، بحسب ما نقلت إذاعة المدينة.", "ar"));
        Assert.Equal("قائد الشرطة", g.Speaker!.Name);
        Assert.Equal("إذاعة المدينة", g.RelayedBy!.Name);
    }

    [Fact]
    public void People_after_the_statement_are_no_outlet()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مسؤول محلي إن المياه عادت إلى الأحياء، بحسب ما ذكره السكان.", "ar"));
        Assert.Equal("مسؤول محلي", f.Speaker!.Name);
        Assert.Null(f.RelayedBy);
    }
}
