using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: the object called on after the verb is no part of the speaker, on sentences written for these tests.</summary>
public sealed class Round8ArabicDemandObjectTests
{
    [Fact]
    public void A_masculine_verb_before_a_feminine_noun_leaves_its_subject_out()
    {
        const string text = "وأكد المدرب سامر الخوري أن الفريق جاهز. وطالب الإدارة بالتعاقد مع مهاجم جديد.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("سامر الخوري", found[1].Speaker!.Name);
        Assert.Equal(Stance.Demands, found[1].Stance);
    }

    [Fact]
    public void A_feminine_verb_or_a_man_in_ta_marbuta_keeps_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("وطالبت الحكومة بوقف إطلاق النار.", "ar"));
        Assert.Equal("الحكومة", f.Speaker!.Name);

        var g = Assert.Single(StatementExtractor.Extract("وقال العلامة إن الصيام يبدأ غداً.", "ar"));
        Assert.Equal("العلامة", g.Speaker!.Name);
    }

    [Fact]
    public void A_known_surname_without_al_ends_before_those_called_on()
    {
        const string text = "وقال رئيس البلدية، كريم حداد، إن الطرق مغلقة. ودعا حداد المواطنين إلى البقاء في منازلهم.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        // Round 10: the surname is filed under the full name written before it.
        Assert.Equal("كريم حداد", found[1].Speaker!.Name);
        Assert.Equal(Stance.Demands, found[1].Stance);

        // A name never given before keeps its second word.
        var g = Assert.Single(StatementExtractor.Extract("ودعا حداد المصري إلى التهدئة.", "ar"));
        Assert.Equal("حداد المصري", g.Speaker!.Name);
    }

    [Fact]
    public void Subscribers_and_customers_are_those_called_on()
    {
        var f = Assert.Single(StatementExtractor.Extract("وحثت هيئة تنظيم الكهرباء المشتركين على ترشيد الاستهلاك.", "ar"));
        Assert.Equal("هيئة تنظيم الكهرباء", f.Speaker!.Name);
        Assert.Equal(Stance.Demands, f.Stance);
    }
}
