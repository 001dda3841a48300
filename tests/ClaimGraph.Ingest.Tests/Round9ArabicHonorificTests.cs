using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>
/// Round 9: stacked honorifics and styles of address before an apposed name (العميد الركن، القاضي الدكتور، صاحب السمو
/// الأمير) are no part of it, and a style with a pronoun (سموه، معاليه) stands for the person named before.
/// </summary>
public sealed class Round9ArabicHonorificTests
{
    [Fact]
    public void Two_honorifics_before_an_apposed_name_are_dropped()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال قائد المنطقة، اللواء الركن ماهر سعيد العلي، إن الحدود مؤمنة بالكامل.", "ar"));
        Assert.Equal("ماهر سعيد العلي", f.Speaker!.Name);

        var g = Assert.Single(StatementExtractor.Extract("وأكد رئيس المحكمة، القاضي الدكتور وليد نعيم الشامي، أن الجلسة ستعقد علناً.", "ar"));
        Assert.Equal("وليد نعيم الشامي", g.Speaker!.Name);
        Assert.Equal(ActorKind.Person, g.Speaker.Kind);
    }

    [Fact]
    public void A_style_of_address_and_its_pronoun_name_the_prince()
    {
        var found = StatementExtractor.Extract(
            "أعلن وزير الرياضة، صاحب السمو الأمير خالد بن سلطان آل وافي، أن البطولة ستقام في موعدها. وقال سموه إن الملاعب جاهزة.", "ar");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("خالد بن سلطان آل وافي", f.Speaker!.Name));

        var m = StatementExtractor.Extract("وقالت وزيرة التعليم، معالي الدكتورة هند سامي، إن المدارس ستفتح. وأضافت معاليها أن الكتب وزعت.", "ar");
        Assert.All(m, f => Assert.Equal("هند سامي", f.Speaker!.Name));
    }

    [Fact]
    public void An_owner_is_no_style_of_address()
    {
        // صاحب before a common noun describes the speaker; only صاحب السمو / المعالي / الفخامة is a style.
        var f = Assert.Single(StatementExtractor.Extract("وقال مدير الفندق، صاحب الخبرة الطويلة، إن الحجوزات ارتفعت.", "ar"));
        Assert.NotEqual("الخبرة الطويلة", f.Speaker!.Name);
    }
}
