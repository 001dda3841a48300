using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: relays named in an occasion (للوكالة على هامش ...) or carried by "في التصريح ذاته" for a bare title, on sentences written for these tests.</summary>
public sealed class Round10ArabicOccasionRelayTests
{
    [Fact]
    public void The_outlet_word_ends_before_the_rest_of_the_occasion()
    {
        const string text = "نقلت صحيفة «الرأي الحر» عن وزير النقل، فادي العمري، قوله إن القطار سيعمل قريباً. "
            + "وأوضح الوزير، في حديث للصحيفة على هامش افتتاح المحطة الجديدة يوم الأحد، أن «التذاكر ستكون بأسعار رمزية».";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("فادي العمري", found[1].Speaker!.Name);
        Assert.Equal("الرأي الحر", found[1].RelayedBy!.Name);
        Assert.StartsWith("التذاكر", found[1].Content.Text.TrimStart('«'), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_remarks_of_a_bare_title_keep_the_outlet_they_were_given_to()
    {
        const string text = "لكن العلوي أكد في حديث لإذاعة «موج أف أم» أن فريقه سيفوز. وأكد المدرب، في الحديث نفسه، أن الحكم ظلم فريقه.";
        const string named = "قال مدرب النادي، كريم العلوي، إن الفريق جاهز. " + text;
        var found = StatementExtractor.Extract(named, "ar");
        Assert.Equal("موج أف أم", found[^1].RelayedBy?.Name);
        Assert.Equal("كريم العلوي", found[^1].Speaker!.Name);
    }

    [Fact]
    public void Without_the_same_occasion_no_outlet_is_carried()
    {
        const string text = "قال مدرب النادي، كريم العلوي، لإذاعة «موج أف أم» إن الفريق جاهز. وأكد المدرب بعد المباراة أن الحكم ظلم فريقه.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Null(found[1].RelayedBy);
    }
}
