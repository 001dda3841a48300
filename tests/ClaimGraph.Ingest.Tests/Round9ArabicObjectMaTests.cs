using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: ما after the subject (نفى X ما تردد، كذّب X ما نشرته) opens the object, so the subject ends there.</summary>
public sealed class Round9ArabicObjectMaTests
{
    [Fact]
    public void Ma_after_a_short_name_ends_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("ونفى المدرب هشام ما تردد عن رحيله عن الفريق.", "ar"));
        Assert.Equal("هشام", f.Speaker!.Name.Split(' ')[^1]);
        Assert.DoesNotContain("ما", f.Speaker.Name.Split(' '));
        Assert.Equal(Stance.Denies, f.Stance);
    }

    [Fact]
    public void Ma_opening_the_sentence_is_no_subject_end()
    {
        // ما at the subject's first word is not cut: nothing before it to end.
        var f = Assert.Single(StatementExtractor.Extract("وقال رئيس الرابطة إن ما حدث في الملعب مؤسف.", "ar"));
        Assert.Equal("رئيس الرابطة", f.Speaker!.Name);
        Assert.Contains("ما حدث", f.Content.Text, StringComparison.Ordinal);
    }
}
