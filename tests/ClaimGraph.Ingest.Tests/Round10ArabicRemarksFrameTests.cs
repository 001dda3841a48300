using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "وجاءت تصريحات الوزير في مقابلة مع صحيفة X" relays the remarks around it through X, on sentences written for these tests.</summary>
public sealed class Round10ArabicRemarksFrameTests
{
    [Fact]
    public void The_outlet_of_the_interview_relays_the_remarks_before_and_after()
    {
        const string text = "وأكد وزير المالية، عمر الدباغ، أن العجز سينخفض هذا العام. "
            + "وجاءت تصريحات الوزير في مقابلة مع صحيفة «المساء» نشرت الأحد. وأضاف أن الضرائب لن ترتفع.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("المساء", f.RelayedBy?.Name));
    }

    [Fact]
    public void Remarks_without_an_outlet_or_in_another_paragraph_are_not_relayed()
    {
        const string noOutlet = "وأكد وزير المالية، عمر الدباغ، أن العجز سينخفض. وجاءت تصريحات الوزير في مؤتمر صحفي بالعاصمة.";
        Assert.Null(Assert.Single(StatementExtractor.Extract(noOutlet, "ar")).RelayedBy);

        const string paragraph = "وأكد وزير المالية، عمر الدباغ، أن العجز سينخفض.\n\nوجاءت تصريحات الوزير في مقابلة مع صحيفة «المساء».";
        Assert.Null(Assert.Single(StatementExtractor.Extract(paragraph, "ar")).RelayedBy);
    }
}
