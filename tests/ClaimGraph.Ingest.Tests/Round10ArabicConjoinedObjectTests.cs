using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "نفت X ...، واتهمت Y بـ..." keeps X as the speaker; Y is accused, on sentences written for these tests.</summary>
public sealed class Round10ArabicConjoinedObjectTests
{
    [Fact]
    public void The_accused_after_a_joined_verb_is_no_speaker()
    {
        const string accused = "نفت الشركة «أي تقصير في الصيانة»، واتهمت العمال المضربين بـ«تخريب المعدات».";
        var found = StatementExtractor.Extract(accused, "ar");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("الشركة", f.Speaker!.Name));

        const string blamed = "نفت البلدية «تلوث المياه»، وعزت الروائح الكريهة إلى «أعطال في محطة الضخ».";
        found = StatementExtractor.Extract(blamed, "ar");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("البلدية", f.Speaker!.Name));
    }

    [Fact]
    public void A_new_sentence_or_a_body_after_the_verb_is_a_new_speaker()
    {
        const string sentence = "قالت الوزارة إن الوضع مستقر. واتهمت النقابة الوزارة بـ«التضليل».";
        Assert.Equal("النقابة", StatementExtractor.Extract(sentence, "ar")[^1].Speaker!.Name);

        const string body = "نفى الوزير «أي تقصير»، واتهمت نقابة المعلمين الوزارة بـ«التضليل».";
        Assert.Equal("نقابة المعلمين", StatementExtractor.Extract(body, "ar")[^1].Speaker!.Name);
    }
}
