using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: وفق / طبقاً / حسب before a norm (آليات، القانون، الأصول) is manner, not a source, on sentences written for these tests.</summary>
public sealed class Round8ArabicMannerAttributionTests
{
    [Fact]
    public void According_to_a_norm_attributes_nothing()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال الوزير إن \"الأسعار تتحدد وفق آليات السوق، ولن تتدخل الحكومة\".", "ar"));
        Assert.Equal("الوزير", f.Speaker!.Name);

        Assert.Empty(StatementExtractor.Extract("وستجرى الانتخابات طبقاً للقانون الجديد.", "ar"));
    }

    [Fact]
    public void According_to_a_body_still_attributes()
    {
        var f = Assert.Single(StatementExtractor.Extract("ووفقاً لهيئة الإحصاء، فإن الأسعار ارتفعت خمسة في المئة.", "ar"));
        Assert.Equal("هيئة الإحصاء", f.Speaker!.Name);
    }
}
