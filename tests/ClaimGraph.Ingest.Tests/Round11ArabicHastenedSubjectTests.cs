using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "غير أن الوزارة سارعت إلى نفي ...": the subject before the hastening verb speaks, on sentences written for these tests.</summary>
public sealed class Round11ArabicHastenedSubjectTests
{
    [Theory]
    [InlineData("غير أن الوزارة في جمهورية الساحل سارعت إلى نفي أن يكون أي اتفاق قد وقع.", "الوزارة في جمهورية الساحل", Stance.Denies, "اتفاق")]
    [InlineData("لكن إدارة المستشفى بادرت إلى تأكيد أن المريض توفي صباح اليوم.", "إدارة المستشفى", Stance.Confirms, "المريض")]
    [InlineData("غير أن قادة المعارضة سارعوا إلى رفض ما ورد في التقرير الحكومي.", "قادة المعارضة", Stance.Denies, "التقرير")]
    public void The_subject_before_the_verb_speaks(string text, string speaker, Stance stance, string said)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
        Assert.Equal(stance, f.Stance);
        Assert.Contains(said, f.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وسارع اللاعبون إلى تهنئة المدرب بعد المباراة.")]
    [InlineData("غير أن الشرطة سارعت إلى تفريق المتظاهرين بالقوة.")]
    public void Hastening_to_an_act_is_no_statement(string text) =>
        Assert.Empty(StatementExtractor.Extract(text, "ar"));
}
