using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: رأت without و, and لاحظ / قدّر / جزم in every person: speech only with أن/إن after them; on sentences written for these tests.</summary>
public sealed class Round11ArabicOpinionVerbTests
{
    [Theory]
    [InlineData("في المقابل، رأت هيئة الدفاع أن الحكم «جاء قاسياً جداً».", "هيئة الدفاع")]
    [InlineData("وجزم المتحدث بأن الأسعار سترتفع الشهر المقبل.", "المتحدث")]
    [InlineData("ولاحظت الخبيرة أن الأسعار سترتفع الشهر المقبل.", "الخبيرة")]
    [InlineData("وقدّر البنك المركزي أن النمو سيبلغ ثلاثة في المئة.", "البنك المركزي")]
    [InlineData("ويرجّح المحللون أن تخفض الحكومة الضرائب، فيما يجزمون بأن العجز سيتراجع.", "المحللون")]
    public void An_opinion_verb_before_an_complementizer_reports_speech(string text, string speaker) =>
        Assert.Equal(speaker, StatementExtractor.Extract(text, "ar")[0].Speaker!.Name);

    [Theory]
    [InlineData("رأت الشرطة الحادث من بعيد.")]
    [InlineData("وقدّر الوزير جهود المتطوعين.")]
    [InlineData("ولاحظ السكان انقطاع المياه منذ الصباح.")]
    [InlineData("ويقدر عدد المتظاهرين بالآلاف.")]
    public void Seeing_noticing_or_an_amount_is_no_speech(string text) =>
        Assert.Empty(StatementExtractor.Extract(text, "ar"));

    [Fact]
    public void The_name_Furat_is_no_verb() =>
        Assert.Equal("فرات الحسن", Assert.Single(StatementExtractor.Extract("وقال فرات الحسن إن الفريق جاهز.", "ar")).Speaker!.Name);
}
