using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: a noun after the verb that cannot be its subject by agreement or case is its object, and the speaker goes on; on sentences written for these tests.</summary>
public sealed class Round11ArabicAgreementObjectTests
{
    [Theory]
    [InlineData("واتهم رئيس النادي، سامر الحلو، الحكم بالانحياز، وطالب لجنة التحكيم بفتح تحقيق في المباراة.", "سامر الحلو")]
    [InlineData("واعترفت الشركة بوجود «تأخير في صرف الرواتب»، ودعت العمال إلى «العودة إلى العمل».", "الشركة")]
    [InlineData("وأعلن الوزير زيادة الأجور، وحث الموظفين على العودة إلى مكاتبهم فوراً.", "الوزير")]
    public void The_speaker_goes_on_past_an_object(string text, string speaker)
    {
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal(speaker, found[1].Speaker!.Name);
        Assert.Equal(Stance.Demands, found[1].Stance);
    }

    [Theory]
    [InlineData("وطالبت لجنة التحكيم بنشر التسجيلات كاملة.", "لجنة التحكيم")]
    [InlineData("ودعت البحرين إلى وقف التصعيد في المنطقة.", "البحرين")]
    [InlineData("ونفى المسؤولون أي تقصير.", "المسؤولون")]
    [InlineData("وطالب وزير العمل بزيادة الأجور.", "وزير العمل")]
    [InlineData("وقال أسامة الخطيب إن الفريق جاهز.", "أسامة الخطيب")]
    public void A_subject_that_agrees_with_its_verb_speaks(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
}
