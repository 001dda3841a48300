using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Arabic speaker spans, on sentences written for these tests (not the held-out ones).</summary>
public sealed class ArabicSpeakerRuleTests
{
    [Fact]
    public void A_title_of_a_body_then_an_apposed_name_gives_the_name()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال المدير الإقليمي للمنظمة، سمير الحداد، إن الأجهزة الجديدة وصلت أمس.", "ar"));
        Assert.Equal("سمير الحداد", f.Speaker!.Name);
        Assert.Equal("الأجهزة الجديدة وصلت أمس", f.Content.Text);
    }

    [Fact]
    public void A_title_of_a_body_without_a_name_stays_the_speaker()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال المدير الإقليمي للمنظمة إن الأجهزة الجديدة وصلت أمس.", "ar"));
        Assert.Contains("المدير الإقليمي", f.Speaker!.Name, StringComparison.Ordinal);
        Assert.Equal("الأجهزة الجديدة وصلت أمس", f.Content.Text);
    }

    [Fact]
    public void A_verbal_noun_with_ba_after_the_subject_opens_the_object()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأقرت هيئة الموانئ البحرية بحدوث تأخير في تفريغ السفن.", "ar"));
        Assert.Equal("هيئة الموانئ البحرية", f.Speaker!.Name);
        Assert.Equal(Core.Model.Stance.Confirms, f.Stance);
        Assert.StartsWith("بحدوث تأخير", f.Content.Text, StringComparison.Ordinal);

        // A name that starts with ب is still a name.
        var g = Assert.Single(StatementExtractor.Extract("وقال الوزير بسام الحلبي إن الميناء سيفتح غداً.", "ar"));
        Assert.Contains("بسام الحلبي", g.Speaker!.Name, StringComparison.Ordinal);
    }
}
