using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: a title with a complement before the apposed name (المكلفة بالاتصال في الوزارة، نادية بلقاسم،) names that person, on sentences written for these tests.</summary>
public sealed class Round10ArabicTitleComplementTests
{
    [Fact]
    public void The_name_after_the_titles_complement_is_the_speaker()
    {
        const string officer = "وقالت المكلفة بالاتصال في الوزارة، السيدة نادية بلقاسم، إن الامتحانات ستجري في موعدها.";
        var f = Assert.Single(StatementExtractor.Extract(officer, "ar"));
        Assert.Equal("نادية بلقاسم", f.Speaker!.Name);
        Assert.StartsWith("الامتحانات", f.Content.Text, StringComparison.Ordinal);

        const string mp = "وطالب النائب عن حزب العمل، عمر الشريف، الحكومة بـ«تقديم استقالتها فوراً».";
        Assert.Equal("عمر الشريف", Assert.Single(StatementExtractor.Extract(mp, "ar")).Speaker!.Name);
    }

    [Fact]
    public void After_a_quotation_the_name_may_close_the_sentence()
    {
        const string text = "قال الوزير إن الوضع تحت السيطرة. «لم نتلق أي مساعدة حتى الآن»، قالت المتطوعة في لجنة الإغاثة المحلية، نوال الشريف.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("نوال الشريف", found[1].Speaker!.Name);
        Assert.Contains("مساعدة", found[1].Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_or_a_relative_clause_between_commas_is_no_name()
    {
        const string time = "وقال المدرب بعد المباراة، مساء الأحد، إن لاعبيه استحقوا الفوز.";
        Assert.Equal("المدرب", Assert.Single(StatementExtractor.Extract(time, "ar")).Speaker!.Name);

        const string clause = "وقال الوزير في المؤتمر، الذي عقد في العاصمة، إن الأسعار ستنخفض.";
        Assert.Equal("الوزير", Assert.Single(StatementExtractor.Extract(clause, "ar")).Speaker!.Name);
    }
}
