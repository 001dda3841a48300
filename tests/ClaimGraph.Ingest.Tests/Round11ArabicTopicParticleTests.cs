using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "أما الوزير فأكد ...": the topic particle أما is no part of the speaker, on sentences written for these tests.</summary>
public sealed class Round11ArabicTopicParticleTests
{
    [Theory]
    [InlineData("أما الوزير فأكد في المؤتمر أن الأسعار ستنخفض.", "الوزير")]
    [InlineData("وأما رئيس البلدية فقال إن المشروع سيكتمل قبل الصيف.", "رئيس البلدية")]
    public void The_topic_after_amma_speaks(string text, string speaker)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
    }

    [Fact]
    public void A_surname_after_amma_is_the_person_named_before()
    {
        const string text = "قال المدرب سامر الخطيب إن الفريق جاهز. أما الخطيب فاعترف بأن فريقه «لم يكن جاهزاً».";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("سامر الخطيب", found[1].Speaker!.Name);
    }

    [Fact]
    public void A_topic_without_a_reporting_verb_is_no_statement() =>
        Assert.Empty(StatementExtractor.Extract("أما الأسعار فارتفعت بنسبة كبيرة.", "ar"));
}
