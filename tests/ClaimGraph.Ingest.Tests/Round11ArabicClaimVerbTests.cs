using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: زعم in the present (يزعم، تزعم، يزعمون) and زاعماً / مدعياً as participles; يُدعى (is named) stays no verb. Sentences written for these tests.</summary>
public sealed class Round11ArabicClaimVerbTests
{
    [Theory]
    [InlineData("لكن المحتجين يزعمون أن الحكومة تتحمل المسؤولية كاملة.", "المحتجين")]
    [InlineData("وتزعم الوزيرة أن الحكومة تتحمل المسؤولية كاملة.", "الوزيرة")]
    public void A_claim_in_the_present_is_asserted(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);

    [Fact]
    public void A_claiming_participle_goes_on_from_the_subject()
    {
        var found = StatementExtractor.Extract("ورفض المتهم التهم، مدعياً أن الشرطة لفقت الأدلة ضده.", "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("المتهم", found[1].Speaker!.Name);
        Assert.StartsWith("الشرطة", found[1].Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_named_is_no_claim()
    {
        const string text = "وقال أحد سكان الحي، ويدعى سامي الخوري، إن «المياه لم تصل منذ أسبوع كامل».";
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Contains("المياه", f.Content.Text, StringComparison.Ordinal);
    }
}
