using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "وأضاف X" right after X's relayed words goes through the same outlet, on sentences written for these tests.</summary>
public sealed class Round10ArabicAddedRelayTests
{
    [Fact]
    public void What_the_speaker_added_keeps_the_outlet()
    {
        const string text = "ونقلت صحيفة «الميدان» عن رئيس البلدية، وائل الصافي، قوله إن الطريق سيفتح غداً. وأضاف الصافي أن الأشغال كلفت مليون دينار.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("الميدان", found[1].RelayedBy?.Name);
        Assert.Equal("وائل الصافي", found[1].Speaker!.Name);
    }

    [Fact]
    public void Another_speaker_or_another_verb_does_not_keep_it()
    {
        const string other = "ونقلت صحيفة «الميدان» عن رئيس البلدية، وائل الصافي، قوله إن الطريق سيفتح غداً. وأضاف المهندس كمال داود أن الأشغال تأخرت.";
        Assert.Null(StatementExtractor.Extract(other, "ar")[^1].RelayedBy);

        const string verb = "ونقلت صحيفة «الميدان» عن رئيس البلدية، وائل الصافي، قوله إن الطريق سيفتح غداً. وأكد الصافي أن الأشغال كلفت مليون دينار.";
        Assert.Null(StatementExtractor.Extract(verb, "ar")[^1].RelayedBy);
    }
}
