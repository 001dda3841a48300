using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Relays named earlier and met again, on sentences written for these tests (not the held-out ones).</summary>
public sealed class BackReferenceRuleTests
{
    [Fact]
    public void The_sources_named_again_with_the_article_keep_their_relay()
    {
        const string text = "وقالت مصادر طبية لوكالة أنباء الوادي إن المستشفى استقبل عشرين جريحاً. "
            + "وأوضحت المصادر أن ثلاثة منهم في حالة حرجة.";
        var found = StatementExtractor.Extract(text, "ar");

        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("مصادر طبية", f.Speaker!.Name));
        Assert.All(found, f => Assert.Equal("وكالة أنباء الوادي", f.RelayedBy!.Name));
    }

    [Fact]
    public void The_sources_with_nobody_before_them_stay_as_written()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأوضحت المصادر أن ثلاثة من الجرحى في حالة حرجة.", "ar"));
        Assert.Null(f.RelayedBy);

        var english = StatementExtractor.Extract("Health officials told the Valley Courier that the clinic had closed. The officials said it would reopen in June.", "en");
        Assert.Equal(2, english.Count);
        Assert.All(english, f => Assert.Equal("Health officials", f.Speaker!.Name));
        Assert.All(english, f => Assert.Equal("the Valley Courier", f.RelayedBy!.Name));
    }

    [Fact]
    public void A_call_with_the_same_agency_between_commas_is_a_relay_through_it()
    {
        const string text = "وقال مسؤول محلي لوكالة أنباء الجبل إن الطريق أغلق بالكامل. "
            + "ونفى مصدر أمني، في اتصال مع الوكالة ذاتها، أن يكون الجيش قد أغلقه.";
        var found = StatementExtractor.Extract(text, "ar");

        Assert.Equal(2, found.Count);
        Assert.Equal("مصدر أمني", found[1].Speaker!.Name);
        Assert.Equal(Stance.Denies, found[1].Stance);
        Assert.Equal("وكالة أنباء الجبل", found[1].RelayedBy!.Name);
    }

    [Fact]
    public void A_call_with_a_person_names_no_outlet()
    {
        var f = Assert.Single(StatementExtractor.Extract("ونفى مصدر أمني، في اتصال مع مراسلنا، أن يكون الجيش قد أغلق الطريق.", "ar"));
        Assert.Equal(Stance.Denies, f.Stance);
        Assert.Null(f.RelayedBy);
    }
}
