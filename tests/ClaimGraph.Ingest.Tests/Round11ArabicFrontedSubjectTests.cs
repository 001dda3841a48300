using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: after a contrast the subject came before the verb, so the noun after the verb is its object, on sentences written for these tests.</summary>
public sealed class Round11ArabicFrontedSubjectTests
{
    [Theory]
    [InlineData("لكن نقابة المعلمين كذّبت الأرقام الرسمية.", "نقابة المعلمين", Stance.Denies, "الأرقام الرسمية")]
    [InlineData("غير أن الشركة نفت الاتهامات جملة وتفصيلاً.", "الشركة", Stance.Denies, "الاتهامات")]
    [InlineData("لكن المعارضة رفضت نتائج الانتخابات.", "المعارضة", Stance.Denies, "نتائج الانتخابات")]
    [InlineData("إلا أن إدارة النادي أكدت رحيل المدرب نهاية الموسم.", "إدارة النادي", Stance.Confirms, "رحيل المدرب")]
    public void The_subject_before_the_verb_speaks_and_the_noun_after_it_is_what_is_said(string text, string speaker, Stance stance, string said)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
        Assert.Equal(stance, f.Stance);
        Assert.StartsWith(said, f.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("لكن في المقابل نفت الوزارة هذه الأنباء.", "الوزارة")]
    [InlineData("لكن أمس نفت الوزارة الخبر.", "الوزارة")]
    public void A_phrase_of_place_or_time_after_the_contrast_is_no_subject(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);

    [Fact]
    public void An_occasion_after_the_verb_still_names_its_outlet()
    {
        const string text = "لكن المدرب نفى في تصريح لإذاعة «صوت الجنوب» أن يكون قد أهان الحكم خلال المباراة.";
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal("المدرب", f.Speaker!.Name);
        Assert.Equal("صوت الجنوب", f.RelayedBy!.Name);
    }
}
