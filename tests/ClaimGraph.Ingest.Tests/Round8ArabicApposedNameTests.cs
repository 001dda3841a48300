using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: a person's name apposed between commas after a title or an organisation phrase is the speaker, on sentences written for these tests.</summary>
public sealed class Round8ArabicApposedNameTests
{
    [Fact]
    public void A_name_with_ali_after_a_title_with_bismi_is_the_speaker()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأكد الناطق باسم هيئة الموانئ، علي حسن الدوري، أن الملاحة عادت إلى طبيعتها.", "ar"));
        Assert.Equal("علي حسن الدوري", f.Speaker!.Name);
        Assert.Equal(ActorKind.Person, f.Speaker.Kind);
        Assert.Equal("الملاحة عادت إلى طبيعتها", f.Content.Text);
    }

    [Fact]
    public void A_kunya_after_a_quoted_organisation_is_the_speaker()
    {
        var f = Assert.Single(StatementExtractor.Extract("ونفى القيادي في \"حركة الفجر\"، أبو سامر الحلبي، أن تكون الحركة قد تلقت أي دعم خارجي.", "ar"));
        Assert.Equal("أبو سامر الحلبي", f.Speaker!.Name);
        Assert.Equal(Stance.Denies, f.Stance);
    }

    [Fact]
    public void A_long_name_loses_its_honorific()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال المدير العام للمصنع، الدكتور خالد بن سعيد بن ناصر العامري، إن الإنتاج سيتضاعف.", "ar"));
        Assert.Equal("خالد بن سعيد بن ناصر العامري", f.Speaker!.Name);

        var g = Assert.Single(StatementExtractor.Extract("ونقلت صحيفة الوطن عن رئيس الاتحاد، المهندس سمير العطار، قوله إن الموسم سيبدأ في موعده.", "ar"));
        Assert.Equal("سمير العطار", g.Speaker!.Name);
        Assert.Equal("صحيفة الوطن", g.RelayedBy!.Name);
    }

    [Fact]
    public void A_preposition_or_a_time_between_commas_is_no_name()
    {
        // على with its ى is the preposition, not the name علي.
        var f = Assert.Single(StatementExtractor.Extract("وقال وزير المالية، على هامش المؤتمر، إن العجز سينخفض.", "ar"));
        Assert.Equal("وزير المالية", f.Speaker!.Name);

        var g = Assert.Single(StatementExtractor.Extract("وقال رئيس الوزراء، صباح اليوم الأحد، إن الحكومة ستستقيل.", "ar"));
        Assert.Equal("رئيس الوزراء", g.Speaker!.Name);
    }
}
