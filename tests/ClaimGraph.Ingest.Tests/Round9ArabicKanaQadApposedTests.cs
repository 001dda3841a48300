using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: "وكان X، NAME، قد + verb": the name apposed to the subject between كان and قد speaks, not the previous speaker.</summary>
public sealed class Round9ArabicKanaQadApposedTests
{
    [Fact]
    public void The_apposed_name_before_qad_speaks()
    {
        var found = StatementExtractor.Extract(
            "وقال مدير المصرف، سامي النجار، إن الودائع آمنة. وكان رئيس لجنة المال، المحامي سامر حداد، قد اتهم الحكومة بالتلكؤ في إقرار الموازنة.", "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("سامي النجار", found[0].Speaker!.Name);
        Assert.Equal("سامر حداد", found[1].Speaker!.Name);
    }

    [Fact]
    public void A_time_between_commas_before_qad_is_no_name()
    {
        var found = StatementExtractor.Extract("وقال مدير المصرف، سامي النجار، إن الودائع آمنة. وكان الوزير، في وقت سابق، قد أكد أن الخطة جاهزة.", "ar");
        Assert.All(found, f => Assert.NotEqual("في وقت سابق", f.Speaker!.Name));
    }
}
