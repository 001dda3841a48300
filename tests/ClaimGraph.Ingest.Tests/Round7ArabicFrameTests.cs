using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7 Arabic frames: quotation leads, relays inside an occasion, كان ... قد with a direct object, demand objects; sentences written for these tests.</summary>
public sealed class Round7ArabicFrameTests
{
    [Fact]
    public void A_quotation_then_with_these_words_belongs_to_the_speaker_after_the_verb()
    {
        const string text = "«لن نتراجع عن مطالبنا. والإضراب حق يكفله الدستور»، بهذه الكلمات ختم نقيب المهندسين، وليد الساعدي، كلمته أمام المعتصمين.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("وليد الساعدي", f.Speaker!.Name));
        Assert.Equal("لن نتراجع عن مطالبنا", found[0].Content.Text);

        // Without a quotation before it, بهذه is no lead.
        Assert.Empty(StatementExtractor.Extract("بهذه الطريقة ختم الفريق موسمه الكروي.", "ar"));
    }

    [Fact]
    public void An_occasion_between_commas_names_the_outlet_with_lam()
    {
        const string text = "ونفى محامي الشركة، سمير الخوري، في حديث لصحيفة «المرصد» أن تكون موكلته قد خالفت القانون، مشيراً إلى أن العقود قانونية.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal(Stance.Denies, found[0].Stance);
        Assert.All(found, f => Assert.Equal("المرصد", f.RelayedBy!.Name));

        var plain = StatementExtractor.Extract("ونفى محامي الشركة، سمير الخوري، في مؤتمر صحفي أن تكون موكلته قد خالفت القانون.", "ar");
        Assert.Null(Assert.Single(plain).RelayedBy);
    }

    [Fact]
    public void Kana_qad_with_a_direct_object_keeps_the_subject_before_the_verb()
    {
        var f = Assert.Single(StatementExtractor.Extract("وكانت اللجنة العليا للانتخابات قد أعلنت تأجيل الاقتراع أسبوعين.", "ar"));
        Assert.Equal("اللجنة العليا للانتخابات", f.Speaker!.Name);
        Assert.Equal("تأجيل الاقتراع أسبوعين", f.Content.Text);
    }

    [Fact]
    public void A_demand_object_with_ba_ends_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("وطالب اتحاد الصيادين في الميناء بوقف الصيد الجائر.", "ar"));
        Assert.Equal("اتحاد الصيادين في الميناء", f.Speaker!.Name);
        Assert.Equal("بوقف الصيد الجائر", f.Content.Text);

        var g = Assert.Single(StatementExtractor.Extract("وطالبت رابطة الطلاب إدارة الجامعة بخفض الرسوم.", "ar"));
        Assert.Equal("رابطة الطلاب", g.Speaker!.Name);
    }

    [Fact]
    public void A_short_adjective_stays_in_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مدير المستشفى العام إن الأسرّة امتلأت.", "ar"));
        Assert.Equal("مدير المستشفى العام", f.Speaker!.Name);
    }

    [Fact]
    public void An_announced_verbal_noun_ends_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأعلنت هيئة الطيران تعليق الرحلات إلى الجنوب.", "ar"));
        Assert.Equal("هيئة الطيران", f.Speaker!.Name);
        Assert.StartsWith("تعليق الرحلات", f.Content.Text, StringComparison.Ordinal);

        // A bare word of a name after a definite word is no object: أن still opens the content.
        var g = Assert.Single(StatementExtractor.Extract("وأعلن المجلس الوطني السوري أن الانتخابات تأجلت.", "ar"));
        Assert.Equal("المجلس الوطني السوري", g.Speaker!.Name);
    }

    [Fact]
    public void Nasabat_ila_relays_like_naqalat_an()
    {
        var f = Assert.Single(StatementExtractor.Extract("ونسبت إذاعة المدينة إلى مصدر في البلدية قوله إن المياه ستعود مساءً.", "ar"));
        Assert.Equal("مصدر في البلدية", f.Speaker!.Name);
        Assert.Equal("إذاعة المدينة", f.RelayedBy!.Name);
    }

    [Fact]
    public void A_document_of_a_body_is_spoken_by_the_body()
    {
        var f = Assert.Single(StatementExtractor.Extract("وبحسب تقرير لهيئة الرقابة المالية، فإن الديون تضاعفت.", "ar"));
        Assert.Equal("هيئة الرقابة المالية", f.Speaker!.Name);

        // A document without ل + issuer stays the speaker.
        var g = Assert.Single(StatementExtractor.Extract("وبحسب تقرير رسمي، فإن الديون تضاعفت.", "ar"));
        Assert.Equal("تقرير رسمي", g.Speaker!.Name);
    }

    [Theory]
    [InlineData("وقال مدير الميناء جابر الحسون لإذاعة «الساحل» إن الرصيف أُصلح. وطالب الحسون، في الحديث نفسه، الحكومة بتعويض الصيادين.")]
    [InlineData("وقال مدير الميناء جابر الحسون لإذاعة «الساحل» إن الرصيف أُصلح. وفي المقابلة ذاتها، قال الحسون إن السفن عادت.")]
    public void The_same_occasion_carries_the_earlier_relay(string text)
    {
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("الساحل", f.RelayedBy!.Name));
    }

    [Fact]
    public void Another_occasion_carries_no_relay()
    {
        const string text = "وقال مدير الميناء جابر الحسون لإذاعة «الساحل» إن الرصيف أُصلح. وأكد الحسون، في مؤتمر صحفي، أن السفن عادت.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Null(found[1].RelayedBy);
    }

    [Fact]
    public void Bil_qawl_gives_the_words_to_the_subject_of_the_clause()
    {
        var f = Assert.Single(StatementExtractor.Extract("وعلّق رئيس البلدية على الفيضان بالقول إن السدود صمدت.", "ar"));
        Assert.Equal("رئيس البلدية", f.Speaker!.Name);
        Assert.Equal("السدود صمدت", f.Content.Text);

        var g = Assert.Single(StatementExtractor.Extract("وختم المدرب حديثه بالقول إن الفريق سيعود أقوى.", "ar"));
        Assert.Equal("المدرب", g.Speaker!.Name);
    }

    [Fact]
    public void Bil_qawl_without_a_subject_goes_on_with_the_previous_speaker()
    {
        var found = StatementExtractor.Extract("وقال قائد الدفاع المدني إن الحريق أُخمد. واكتفى بالقول: «لا إصابات».", "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal(found[0].Speaker!.Name, found[1].Speaker!.Name);

        // A saying as a noun phrase is no speech.
        Assert.Empty(StatementExtractor.Extract("واشتهر الشاعر بالقول المأثور عن الصبر.", "ar"));
    }

    [Fact]
    public void Tabaa_with_an_complementizer_goes_on_and_without_it_is_no_speech()
    {
        var found = StatementExtractor.Extract("وقال الوزير إن الموازنة أُقرت. وتابع أن العجز سينخفض.", "ar");
        Assert.Equal(2, found.Count);
        Assert.Empty(StatementExtractor.Extract("وتابع الوزير جولته في المحافظة.", "ar"));
    }
}
