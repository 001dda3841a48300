using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7: shapes of sources and relays (descriptions, ages, passives, unnamed notes, relaying verbs before نقلاً عن); sentences written for these tests.</summary>
public sealed class Round7ArabicSourceShapeTests
{
    [Fact]
    public void A_wa_huwa_description_is_not_the_name()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال رامي العلي، وهو صاحب متجر في السوق، إن الأسعار تضاعفت.", "ar"));
        Assert.Equal("رامي العلي", f.Speaker!.Name);

        // A short apposition without وهو is still the name.
        var g = Assert.Single(StatementExtractor.Extract("وقال صاحب المتجر، رامي العلي، إن الأسعار تضاعفت.", "ar"));
        Assert.Equal("رامي العلي", g.Speaker!.Name);
    }

    [Fact]
    public void An_age_in_parentheses_is_no_part_of_the_name()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال خليل (52 عاماً) إن بيته دُمّر بالكامل.", "ar"));
        Assert.Equal("خليل", f.Speaker!.Name);

        var g = Assert.Single(StatementExtractor.Extract("وقالت جمعية «الأمل» إن المساعدات وصلت.", "ar"));
        Assert.Equal("الأمل", g.Speaker!.Name);
    }

    [Fact]
    public void A_passive_naql_an_gives_the_one_quoted()
    {
        var f = Assert.Single(StatementExtractor.Extract("ونُقل عن قائد الشرطة قوله إن الطرق آمنة.", "ar"));
        Assert.Equal("قائد الشرطة", f.Speaker!.Name);
        Assert.Null(f.RelayedBy);
    }

    [Fact]
    public void Not_wanting_to_be_named_marks_the_source_unnamed()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال موظف في المصرف لم يشأ الكشف عن اسمه إن الرواتب تأخرت.", "ar"));
        Assert.Equal(ActorKind.AnonymousSource, f.Speaker!.Kind);
        Assert.Equal("الرواتب تأخرت", f.Content.Text);
    }

    [Fact]
    public void A_relaying_verb_before_naqlan_an_names_the_outlet()
    {
        var f = Assert.Single(StatementExtractor.Extract("وكانت قناة الريف قد بثّت، نقلاً عن شهود، أن الجسر انهار.", "ar"));
        Assert.Equal("شهود", f.Speaker!.Name);
        Assert.Equal("قناة الريف", f.RelayedBy!.Name);

        // نقلاً عن at the head of a sentence has no outlet before it.
        var g = Assert.Single(StatementExtractor.Extract("ونقلاً عن شهود، فإن الجسر انهار.", "ar"));
        Assert.Null(g.RelayedBy);
    }

    [Fact]
    public void Refusing_anything_that_lacks_a_condition_demands_it()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقالت النقابة إنها لن توقع أي عقد لا يضمن زيادة الأجور.", "ar"));
        Assert.Equal(Stance.Demands, f.Stance);

        var g = Assert.Single(StatementExtractor.Extract("وقالت النقابة إنها لن توقع العقد الجديد.", "ar"));
        Assert.Equal(Stance.Asserts, g.Stance);
    }

    [Fact]
    public void Journalists_told_are_not_part_of_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأبلغ مسؤول أوروبي الصحفيين أن القمة ستعقد في موعدها.", "ar"));
        Assert.Equal("مسؤول أوروبي", f.Speaker!.Name);
    }
}
