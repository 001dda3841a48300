using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: تساءل / أجاب in every person report speech before a colon, a quotation or أن, and nothing else; on sentences written for these tests.</summary>
public sealed class Round11ArabicQuestionCommentVerbTests
{
    [Theory]
    [InlineData("وتساءل النائب: «من سيتحمل مسؤولية هذا الفشل الذريع؟».", "النائب", "الفشل")]
    [InlineData("وأجابت المتحدثة بأن «الوزارة لم تتلق أي طلب رسمي حتى الآن».", "المتحدثة", "طلب رسمي")]
    [InlineData("ويتساءل المزارعون: «من سيعوضنا عن خسائر هذا الموسم؟».", "المزارعون", "خسائر")]
    public void A_question_or_an_answer_is_said(string text, string speaker, string said)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
        Assert.Contains(said, f.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وتساءلت الصحيفة عن أسباب التأخير في صرف الرواتب.")]
    [InlineData("وعلّقت الحكومة المفاوضات مع النقابات إلى أجل غير مسمى.")]
    [InlineData("وأجاب المدرب عن أسئلة الصحافيين بعد المباراة.")]
    public void Asking_about_suspending_or_answering_questions_is_no_statement(string text) =>
        Assert.Empty(StatementExtractor.Extract(text, "ar"));
}
