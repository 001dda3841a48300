using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "غير أن TITLE، RANK NAME، نفى X" — the fronted subject with its apposed name speaks, X is the object; on sentences written for these tests.</summary>
public sealed class Round10ArabicFrontedSubjectTests
{
    [Fact]
    public void The_fronted_subject_with_a_ranked_name_speaks()
    {
        const string text = "غير أن الناطق باسم قيادة الشرطة في المحافظة، المقدم سامر الحلو، نفى وقوع أي اعتقالات، وقال إن «الوضع هادئ».";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("سامر الحلو", f.Speaker!.Name));
        Assert.Equal(ClaimGraph.Core.Model.Stance.Denies, found[0].Stance);
    }

    [Fact]
    public void Without_a_contrast_the_subject_after_the_verb_stays()
    {
        const string text = "وفي العاصمة، نفى وزير الداخلية وقوع أي اعتقالات.";
        Assert.StartsWith("وزير الداخلية", Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Phrase.Text, StringComparison.Ordinal);
    }
}
