using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: "وفق ما أعلنته X في بيان صباح اليوم" attributes to X, on sentences written for these tests.</summary>
public sealed class Round8ArabicAttributionClauseTests
{
    [Fact]
    public void Ma_with_a_verb_and_its_pronoun_then_an_occasion_attributes_to_the_body()
    {
        var f = Assert.Single(StatementExtractor.Extract("تراجعت صادرات القمح بنسبة عشرة في المئة، وفق ما أعلنته وزارة الزراعة في تقرير نشر مساء الأحد.", "ar"));
        Assert.Equal("وزارة الزراعة", f.Speaker!.Name);
        Assert.StartsWith("تراجعت صادرات القمح", f.Content.Text, StringComparison.Ordinal);

        var g = Assert.Single(StatementExtractor.Extract("وبحسب ما ذكره الجيش صباح اليوم، فإن الهجوم أحبط.", "ar"));
        Assert.Equal("الجيش", g.Speaker!.Name);
    }

    [Fact]
    public void A_place_after_fi_stays_in_the_attributed_name()
    {
        var f = Assert.Single(StatementExtractor.Extract("وبحسب مصادر في الوزارة، فإن القرار سيصدر غداً.", "ar"));
        Assert.Equal("مصادر في الوزارة", f.Speaker!.Name);
    }
}
