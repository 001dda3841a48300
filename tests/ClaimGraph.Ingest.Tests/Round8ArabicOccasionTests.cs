using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: more occasions (ندوة، خطاب، مداخلة، حوار، اجتماع ...) after في end the subject, on sentences written for these tests.</summary>
public sealed class Round8ArabicOccasionTests
{
    [Theory]
    [InlineData("وأكد الحارثي في الندوة الصحفية التي عقدها أمس أن المشروع سيكتمل.")]
    [InlineData("وأكد الحارثي في خطاب متلفز أن المشروع سيكتمل.")]
    [InlineData("وأكد الحارثي في مداخلة هاتفية أن المشروع سيكتمل.")]
    [InlineData("وأكد الحارثي في حوار مطول أن المشروع سيكتمل.")]
    public void An_occasion_after_fi_is_no_part_of_the_speaker(string sentence)
    {
        var f = Assert.Single(StatementExtractor.Extract(sentence, "ar"));
        Assert.Equal("الحارثي", f.Speaker!.Name);
    }

    [Fact]
    public void A_place_after_fi_stays_in_the_speaker()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأكد المسؤول في البلدية أن المشروع سيكتمل.", "ar"));
        Assert.Equal("المسؤول في البلدية", f.Speaker!.Name);
    }
}
