using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: الشركة / الهيئة / الوزارة as a speaker is the body of that kind named earlier in the paragraph, on sentences written for these tests.</summary>
public sealed class Round8ArabicOrganisationBackReferenceTests
{
    [Fact]
    public void The_company_is_the_company_that_spoke_before()
    {
        const string text = "أعلنت شركة «نجمة الصحراء» للطيران إلغاء رحلاتها إلى العاصمة. وأكدت الشركة أن المسافرين سيستردون أموالهم.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("نجمة الصحراء", found[1].Speaker!.Name);
    }

    [Fact]
    public void The_authority_is_the_authority_named_in_the_text_before()
    {
        const string text = "وصلت فرق الهيئة العامة للأرصاد الجوية إلى المنطقة صباح اليوم. وبحسب بيان صادر عن الهيئة، فإن العاصفة ستشتد مساء.";
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal("الهيئة العامة للأرصاد الجوية", f.Speaker!.Name);
    }

    [Fact]
    public void A_body_named_in_another_paragraph_or_a_title_of_a_person_is_no_antecedent()
    {
        const string other = "أعلنت شركة «نجمة الصحراء» للطيران إلغاء رحلاتها.\n\nوأكدت الشركة أن المسافرين سيستردون أموالهم.";
        Assert.Equal("الشركة", StatementExtractor.Extract(other, "ar")[^1].Speaker!.Name);

        const string person = "وقال الرئيس التنفيذي للشركة، سامي النجار، إن الأرباح ارتفعت. وأكدت الشركة أن التوزيعات ستزيد.";
        Assert.Equal("الشركة", StatementExtractor.Extract(person, "ar")[^1].Speaker!.Name);
    }
}
