using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: a title between commas after a named subject describes him and the content follows it, on sentences written for these tests.</summary>
public sealed class Round8ArabicDescriptiveTitleTests
{
    [Fact]
    public void A_title_after_a_named_subject_is_skipped()
    {
        var f = Assert.Single(StatementExtractor.Extract("ورأى المحلل السياسي نادر الصالح، مدير مركز الرافدين للدراسات، أن الانتخابات ستؤجل.", "ar"));
        Assert.Equal("نادر الصالح", f.Speaker!.Name);
        Assert.Equal("الانتخابات ستؤجل", f.Content.Text);
    }

    [Fact]
    public void A_name_after_a_title_stays_the_apposed_name()
    {
        var f = Assert.Single(StatementExtractor.Extract("ورأى مدير مركز الرافدين للدراسات، نادر الصالح، أن الانتخابات ستؤجل.", "ar"));
        Assert.Equal("نادر الصالح", f.Speaker!.Name);
    }
}
