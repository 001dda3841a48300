using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7: stance from the reported words under a neutral verb (conditions demand; negative words after a denial deny); sentences written for these tests.</summary>
public sealed class Round7ArabicContentStanceTests
{
    [Theory]
    [InlineData("وقال رئيس لجنة المعتصمين إن الاعتصام سيستمر حتى تستجيب البلدية لمطالب السكان.")]
    [InlineData("وأوضح المتحدث باسم الحزب أن الحزب لن يدخل الحكومة ما لم تُلغ القوانين الاستثنائية.")]
    [InlineData("وقالت الرابطة إن الطلاب لن يعودوا إلى القاعات إلا إذا أعيد زملاؤهم المفصولون.")]
    [InlineData("وقال ممثل العمال: «سنواصل الإضراب حتى ندفع الإدارة إلى التفاوض».")]
    public void A_condition_under_a_neutral_verb_is_a_demand(string text)
    {
        Assert.Equal(Stance.Demands, Assert.Single(StatementExtractor.Extract(text, "ar")).Stance);
    }

    [Theory]
    [InlineData("وقال رئيس لجنة المعتصمين إن الاعتصام سيستمر حتى نهاية الأسبوع.")]
    [InlineData("وقال وزير المالية إن الحكومة لن ترفع أسعار الوقود هذا العام.")]
    [InlineData("وأوضح المدير أن العمل سيستمر في المصنع، حتى الآن، بلا توقف.")]
    public void A_date_or_a_plain_negation_is_no_demand(string text)
    {
        Assert.Equal(Stance.Asserts, Assert.Single(StatementExtractor.Extract(text, "ar")).Stance);
    }

    [Fact]
    public void Negative_words_going_on_from_a_denial_deny()
    {
        var found = StatementExtractor.Extract("ونفى مدير الميناء هذه الأنباء، وقال إن «أي سفينة لم تغادر الرصيف».", "ar");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal(Stance.Denies, f.Stance));
        Assert.All(found, f => Assert.Equal("مدير الميناء", f.Speaker!.Name));

        // Positive words after the denial are asserted.
        var other = StatementExtractor.Extract("ونفى مدير الميناء هذه الأنباء، وقال إن السفن ستغادر غداً.", "ar");
        Assert.Equal(Stance.Asserts, other[1].Stance);

        // A new sentence is not going on from the denial.
        var next = StatementExtractor.Extract("ونفى مدير الميناء هذه الأنباء. وقال مدير الميناء إن أي سفينة لم تغادر الرصيف.", "ar");
        Assert.Equal(Stance.Asserts, next[1].Stance);
    }
}
