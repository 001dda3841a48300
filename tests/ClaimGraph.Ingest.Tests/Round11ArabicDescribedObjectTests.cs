using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "ووصف الوزير التقرير بأنه «...»": the described object is no part of the speaker; on sentences written for these tests.</summary>
public sealed class Round11ArabicDescribedObjectTests
{
    [Theory]
    [InlineData("ووصف الوزير التقرير بأنه «مسيّس ولا يستند إلى أي دليل».", "الوزير", "التقرير")]
    [InlineData("ووصف المتحدث باسم الجيش الهجوم بأنه «إرهابي بامتياز».", "المتحدث باسم الجيش", "الهجوم")]
    [InlineData("ووصف الوزير الفرنسي الخطوة بأنها «شجاعة وضرورية».", "الوزير الفرنسي", "الخطوة")]
    public void The_subject_ends_before_the_described_object(string text, string speaker, string described)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
        Assert.StartsWith(described, f.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ووصف وزير الخارجية الاتفاق بأنه «تاريخي بكل المقاييس».", "وزير الخارجية")]
    [InlineData("ووصفت النقابة العامة للعمال القرار بأنه «ظالم وغير مقبول».", "النقابة العامة للعمال")]
    public void A_construct_an_adjective_or_of_the_stay_in_the_subject(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
}
