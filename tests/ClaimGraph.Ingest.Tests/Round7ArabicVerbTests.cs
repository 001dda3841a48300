using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7 Arabic verb families (every person, tense and participle), on sentences written for these tests.</summary>
public sealed class Round7ArabicVerbTests
{
    [Theory]
    [InlineData("وتوقع محللون اقتصاديون أن ترتفع أسعار الوقود الشهر المقبل.", "محللون اقتصاديون", Stance.Asserts)]
    [InlineData("ويتوقع البنك الدولي أن يتباطأ النمو هذا العام.", "البنك الدولي", Stance.Asserts)]
    [InlineData("ورأى الباحث أن الخطة جاءت متأخرة.", "الباحث", Stance.Asserts)]
    [InlineData("ورجّح مسؤولون أن يُستأنف الحوار بعد العيد.", "مسؤولون", Stance.Asserts)]
    [InlineData("ونوّهت الوزارة بأن المدارس ستفتح أبوابها في موعدها.", "الوزارة", Stance.Asserts)]
    [InlineData("واتهمت المعارضة الحكومة بتزوير النتائج.", "المعارضة", Stance.Asserts)]
    [InlineData("وشددت الهيئة على أن الانتخابات ستجري في موعدها.", "الهيئة", Stance.Asserts)]
    [InlineData("واستبعد وزير المالية أن تنخفض الضرائب قريباً.", "وزير المالية", Stance.Denies)]
    [InlineData("وحثّ الأمين العام الأطراف على ضبط النفس.", "الأمين العام", Stance.Demands)]
    [InlineData("وتناشد الجمعية المتبرعين تقديم المزيد من الدعم.", "الجمعية", Stance.Demands)]
    [InlineData("وأوصت اللجنة بإغلاق المصنع مؤقتاً.", "اللجنة", Stance.Demands)]
    public void A_verb_of_a_new_family_reports_with_its_stance(string text, string speaker, Stance stance)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
        Assert.Equal(stance, f.Stance);
    }

    [Theory]
    [InlineData("وأعلنت الشركة أن المصنع سيغلق، متوقعة أن يعود العمل بعد شهر.", Stance.Asserts)]
    [InlineData("ونفى الاتحاد أن يكون أعضاؤه وراء الإضراب، محمّلاً الإدارة مسؤولية الأزمة.", Stance.Asserts)]
    [InlineData("وأكد الوزير أن الاتفاق قائم، مستبعداً أن ينهار قريباً.", Stance.Denies)]
    [InlineData("وأعلن المجلس أن التحقيق انتهى، حاثّاً الوزارات على تطبيق توصياته.", Stance.Demands)]
    public void A_new_participle_after_a_comma_is_a_second_statement_of_the_same_speaker(string text, Stance second)
    {
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal(found[0].Speaker!.Name, found[1].Speaker!.Name);
        Assert.Equal(second, found[1].Stance);
    }

    [Fact]
    public void Necessity_after_a_neutral_verb_is_a_demand()
    {
        var f = Assert.Single(StatementExtractor.Extract("وشدد رئيس البرلمان على ضرورة إقرار الموازنة قبل نهاية الشهر.", "ar"));
        Assert.Equal(Stance.Demands, f.Stance);
        Assert.Equal("رئيس البرلمان", f.Speaker!.Name);

        var g = Assert.Single(StatementExtractor.Extract("وشدد رئيس البرلمان على أن الموازنة ستقر قبل نهاية الشهر.", "ar"));
        Assert.Equal(Stance.Asserts, g.Stance);
    }

    [Fact]
    public void Refusing_to_comment_is_no_denial()
    {
        Assert.Empty(StatementExtractor.Extract("ورفض المتحدث باسم الشركة التعليق على الأنباء.", "ar"));
        var found = StatementExtractor.Extract("وأقرّت الوزارة بوجود عجز في الموازنة، رافضة الخوض في أرقامه.", "ar");
        Assert.Equal(Stance.Confirms, Assert.Single(found).Stance);

        // Refusing the accusations is a denial.
        Assert.Equal(Stance.Denies, Assert.Single(StatementExtractor.Extract("ورفض المتحدث باسم الشركة الاتهامات الموجهة إليها.", "ar")).Stance);
    }

    [Fact]
    public void The_name_Furat_is_not_the_verb_raat()
    {
        var f = Assert.Single(StatementExtractor.Extract("ونقلت شبكة فرات الإخبارية عن أحد السكان قوله إن المياه انقطعت.", "ar"));
        Assert.Equal("أحد السكان", f.Speaker!.Name);
        Assert.Equal("شبكة فرات الإخبارية", f.RelayedBy!.Name);
    }

    [Fact]
    public void A_noun_spelled_like_a_new_verb_inside_a_sentence_reports_nothing()
    {
        Assert.Empty(StatementExtractor.Extract("وجاء القرار بعد توقع انخفاض الإنتاج في الربع الأخير.", "ar"));
    }

    [Theory]
    [InlineData("ورأى المارة الحريق من بعيد.")]
    [InlineData("وكتبت الطالبة بحثها عن تاريخ المدينة.")]
    [InlineData("وأظهرت اللقطات سيارة تحترق.")]
    [InlineData("وشددت الشرطة الرقابة على المعابر.")]
    [InlineData("وأبلغ المواطنون الدفاع المدني عن الحريق.")]
    public void A_verb_that_also_means_something_else_reports_nothing_without_a_complementizer(string text)
    {
        Assert.Empty(StatementExtractor.Extract(text, "ar"));
    }

    [Theory]
    [InlineData("ورأى المحلل أن الحريق كان متعمداً.")]
    [InlineData("وكتبت الطالبة على صفحتها: «لن أستسلم».")]
    [InlineData("وشددت الشرطة على أن المعابر آمنة.")]
    public void The_same_verb_with_a_complementizer_colon_or_ala_reports(string text)
    {
        Assert.Single(StatementExtractor.Extract(text, "ar"));
    }
}
