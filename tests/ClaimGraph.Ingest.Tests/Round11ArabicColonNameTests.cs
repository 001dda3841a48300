using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: a name apposed after a title and closed by the colon before a quotation is the speaker, on sentences written for these tests.</summary>
public sealed class Round11ArabicColonNameTests
{
    [Theory]
    [InlineData("وقال عضو المكتب التنفيذي للنقابة، سامي الحداد: «لن نتراجع عن الإضراب».", "سامي الحداد", "الإضراب")]
    [InlineData("وقال رئيس المحكمة، القاضي نبيل سعادة: «القرار نهائي ولا رجعة فيه».", "نبيل سعادة", "القرار")]
    [InlineData("وقال منسق «حركة الشباب»، وليد النمر: «سنبقى في الشارع».", "وليد النمر", "الشارع")]
    [InlineData("وقالت المتحدثة باسم الشرطة، الرائد ليلى عيسى: «تم توقيف ثلاثة أشخاص».", "ليلى عيسى", "توقيف")]
    public void The_name_before_the_colon_speaks(string text, string speaker, string said)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
        Assert.Contains(said, f.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(speaker, f.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقالت الوزارة في بيانها، مساء الأحد: «لا صحة لهذه الأنباء على الإطلاق».", "الوزارة")]
    [InlineData("وقال المدرب، بعد المباراة: «كنا الأفضل في الملعب اليوم».", "المدرب")]
    public void A_time_or_an_occasion_before_the_colon_is_no_name(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
}
