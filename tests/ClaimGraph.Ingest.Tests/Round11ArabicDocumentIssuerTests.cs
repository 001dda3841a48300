using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: a document with its issuer as the subject of the verb (وكشف تقرير للأمم المتحدة أن): the issuer speaks; on sentences written for these tests.</summary>
public sealed class Round11ArabicDocumentIssuerTests
{
    [Theory]
    [InlineData("وكشف تقرير للأمم المتحدة أن الجوع يهدد ملايين الأشخاص.", "الأمم المتحدة")]
    [InlineData("وقال بيان للوزارة إن المفاوضات ستستأنف الأسبوع المقبل.", "الوزارة")]
    [InlineData("وأكد تقرير لمنظمة العفو الدولية أن السجناء تعرضوا للتعذيب.", "منظمة العفو الدولية")]
    public void The_body_that_issued_the_document_speaks(string text, string speaker)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
        Assert.False(f.Content.Text.StartsWith('ل'), f.Content.Text);
    }

    [Theory]
    [InlineData("وقال مسؤول للصحافيين إن المفاوضات ستستأنف الأسبوع المقبل.", "مسؤول")]
    [InlineData("وقال الوزير للصحفيين إن المفاوضات ستستأنف الأسبوع المقبل.", "الوزير")]
    public void Those_spoken_to_are_no_issuer(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
}
