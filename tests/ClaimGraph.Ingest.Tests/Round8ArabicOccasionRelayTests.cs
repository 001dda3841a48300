using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: an occasion between commas that names a quoted outlet relays the words, on sentences written for these tests.</summary>
public sealed class Round8ArabicOccasionRelayTests
{
    [Fact]
    public void A_quoted_outlet_in_an_occasion_relays_and_the_content_follows_it()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مدير الميناء سعيد الهاشمي، في مقابلة مع إذاعة \"صوت البحر\"، إن الأرصفة ستعمل قريباً.", "ar"));
        Assert.Equal("سعيد الهاشمي", f.Speaker!.Name);
        Assert.Contains("صوت البحر", f.RelayedBy!.Name, StringComparison.Ordinal);
        Assert.Equal("الأرصفة ستعمل قريباً", f.Content.Text);
    }

    [Fact]
    public void An_occasion_without_an_outlet_relays_nothing()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مدير الميناء سعيد الهاشمي، في كلمة أمام \"الجمعية العمومية\"، إن الأرصفة ستعمل قريباً.", "ar"));
        Assert.Null(f.RelayedBy);
    }
}
