using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: where an Arabic subject ends (a lone بـ, a second name in marks, a demanded resignation), on sentences written for these tests.</summary>
public sealed class Round10ArabicSubjectEndTests
{
    [Fact]
    public void A_lone_preposition_ends_the_subject()
    {
        const string text = "وطالب اتحاد المزارعين المستقلين بـ«دعم أسعار الأسمدة قبل الموسم».";
        Assert.Equal("اتحاد المزارعين المستقلين", Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
    }

    [Fact]
    public void A_second_name_in_marks_is_the_object()
    {
        const string text = "اتهمت نقابة «عمال الموانئ» المستقلة شركة «الشحن السريع» بتسريح مئات العمال دون تعويض.";
        Assert.Equal("عمال الموانئ", Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
    }

    [Fact]
    public void A_demanded_resignation_is_no_part_of_the_subject()
    {
        const string text = "وطالبت لجنة أهالي الضحايا باستقالة مدير الأمن في المدينة.";
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal("لجنة أهالي الضحايا", f.Speaker!.Name);
        Assert.Equal(ClaimGraph.Core.Model.Stance.Demands, f.Stance);
    }

    [Fact]
    public void A_ministry_written_with_its_waw_is_still_the_ministry_named_before()
    {
        const string text = "أعلنت وزارة النقل في إقليم الساحل تعليق الرحلات. بدورها، نفت الوزارة وجود أي إصابات بين الركاب.";
        Assert.All(StatementExtractor.Extract(text, "ar"), f => Assert.StartsWith("وزارة النقل", f.Speaker!.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Those_called_on_written_with_a_waw_are_no_part_of_the_subject()
    {
        const string text = "ودعت النقابة وسائل الإعلام إلى «احترام خصوصية الضحايا».";
        Assert.Equal("النقابة", Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
    }

    [Fact]
    public void A_one_word_name_in_marks_after_a_body_noun_stays_whole()
    {
        const string text = "وقالت شركة «نور» للطاقة إن الأسعار ستنخفض.";
        Assert.Equal("نور", Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
    }
}
