using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>
/// Round 9: أشاد بـ / أثنى على praise without reporting; they make no statement of their own unless أن follows, but a
/// participle after them (مؤكداً، معتبراً) goes on with their subject, not with the previous speaker.
/// </summary>
public sealed class Round9ArabicPraiseVerbTests
{
    [Fact]
    public void A_participle_after_praise_goes_on_with_the_one_praising()
    {
        var found = StatementExtractor.Extract(
            "وقال المدرب سامي الراشد إن الفريق جاهز. من جهته، أثنى رئيس النادي، ماجد العتيبي، على أداء اللاعبين، معتبراً أن اللقب بات قريباً.", "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("سامي الراشد", found[0].Speaker!.Name);
        Assert.Equal("ماجد العتيبي", found[1].Speaker!.Name);

        var g = StatementExtractor.Extract("وقالت الوزيرة هالة فهمي إن الخطة نجحت. بدورها، أشادت النقابة بالقرار، مؤكدة أنه خطوة أولى.", "ar");
        Assert.Equal("النقابة", g[^1].Speaker!.Name);
        Assert.Equal(Stance.Confirms, g[^1].Stance);
    }

    [Fact]
    public void Praise_alone_is_no_statement_but_praise_with_an_is()
    {
        Assert.Empty(StatementExtractor.Extract("وأشاد الوزير بجهود المتطوعين.", "ar"));
        Assert.Empty(StatementExtractor.Extract("وأثنى المدير على أداء الموظفين في الأزمة.", "ar"));
        var f = Assert.Single(StatementExtractor.Extract("وأشاد الوزير بأن الموسم كان ناجحاً.", "ar"));
        Assert.Equal("الوزير", f.Speaker!.Name);
    }
}
