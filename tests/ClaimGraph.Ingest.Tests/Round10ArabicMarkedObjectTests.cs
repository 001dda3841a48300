using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: words in marks after a definite subject (نفى الوزير «أي تقصير») are the object, not the speaker's name; on sentences written for these tests.</summary>
public sealed class Round10ArabicMarkedObjectTests
{
    [Fact]
    public void Marks_after_a_definite_subject_hold_the_object()
    {
        const string text = "نفى المتحدث «وجود أي اتفاق سري مع المعارضة».";
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal("المتحدث", f.Speaker!.Name);
        Assert.Contains("اتفاق سري", f.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_in_marks_after_a_body_noun_is_still_the_name()
    {
        const string text = "وقالت حركة «الغد الأخضر» إن الانتخابات ستجري في موعدها.";
        Assert.Equal("الغد الأخضر", Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
    }
}
