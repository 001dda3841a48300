using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: a body speaking "على لسان" a named person is that person, on sentences written for these tests.</summary>
public sealed class Round10ArabicVoiceTests
{
    [Fact]
    public void The_named_person_the_body_speaks_through_is_the_speaker()
    {
        const string commas = "وأكدت الشركة، على لسان المدير العام كريم الهاشمي، أن الرواتب ستصرف غداً.";
        var f = Assert.Single(StatementExtractor.Extract(commas, "ar"));
        Assert.Equal("كريم الهاشمي", f.Speaker!.Name);
        Assert.StartsWith("الرواتب", f.Content.Text, StringComparison.Ordinal);

        const string bare = "وقالت النقابة على لسان الناطقة باسمها سلمى الحسيني إن الإضراب مستمر.";
        Assert.Equal("سلمى الحسيني", Assert.Single(StatementExtractor.Extract(bare, "ar")).Speaker!.Name);
    }

    [Fact]
    public void Without_a_named_person_the_body_stays_the_speaker()
    {
        const string text = "وقالت الوزارة، على لسان مصادرها، إن المفاوضات متعثرة.";
        Assert.Equal("الوزارة", Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
    }
}
