using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>A subject before the verb after a contrast, on sentences written for these tests (not the held-out ones).</summary>
public sealed class ArabicContrastRuleTests
{
    [Fact]
    public void A_subject_between_ghayr_anna_and_the_verb_is_the_speaker()
    {
        var f = Assert.Single(StatementExtractor.Extract("غير أن شهود عيان قالوا لإذاعة الريف إن الحريق امتد إلى المخازن.", "ar"));
        Assert.Equal("شهود عيان", f.Speaker!.Name);
        Assert.Equal("إذاعة الريف", f.RelayedBy!.Name);
        Assert.Equal("الحريق امتد إلى المخازن", f.Content.Text);

        var g = Assert.Single(StatementExtractor.Extract("لكن النقابة أكدت أن الإضراب سيستمر.", "ar"));
        Assert.Equal("النقابة", g.Speaker!.Name);
        Assert.Equal(Stance.Confirms, g.Stance);
    }

    [Fact]
    public void A_speech_verb_deep_inside_a_sentence_after_other_words_is_not_read_back()
    {
        Assert.Empty(StatementExtractor.Extract("غير أن الأمطار الغزيرة التي هطلت على المدينة طوال الليل أكدت مخاوف السكان.", "ar"));
    }

    [Fact]
    public void A_titled_subject_with_an_apposed_name_after_a_contrast_is_the_name()
    {
        var found = StatementExtractor.Extract("إلا أن رئيس البلدية، نبيل الشريف، نفى ذلك، مؤكداً أن «المياه صالحة للشرب».", "ar");
        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.Equal("نبيل الشريف", f.Speaker!.Name));
        Assert.Equal(Stance.Denies, found[0].Stance);

        // Without the contrast, the words before the verb are not read back as its subject.
        Assert.DoesNotContain(StatementExtractor.Extract("زار رئيس البلدية، نبيل الشريف، ونفى وجود أي تلوث.", "ar"), f => f.Speaker?.Name == "نبيل الشريف" && f.Evidence.Start == 0);
    }

    [Fact]
    public void A_demonstrative_with_its_noun_after_the_verb_is_the_object_not_the_speaker()
    {
        var found = StatementExtractor.Extract("لكن مديرة المدرسة سلوى الحداد نفت هذه الاتهامات، وقالت إن «الامتحانات جرت بنزاهة».", "ar");
        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.EndsWith("سلوى الحداد", f.Speaker!.Name, StringComparison.Ordinal));
        Assert.Equal(Stance.Denies, found[0].Stance);

        // A demonstrative phrase that runs on into more words is still read as the subject ("this committee said").
        var g = Assert.Single(StatementExtractor.Extract("وقالت هذه اللجنة في تقريرها إن الطريق غير آمن.", "ar"));
        Assert.Contains("اللجنة", g.Speaker!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_verbal_noun_before_ayy_after_the_subject_opens_the_object()
    {
        var found = StatementExtractor.Extract("وأنكر الوزير السابق تلقي أي رشوة من المقاولين.", "ar");
        Assert.Contains(found, f => f.Speaker!.Name == "الوزير السابق" && f.Stance == Stance.Denies);
        Assert.DoesNotContain(found, f => f.Speaker!.Name.Contains("تلقي", StringComparison.Ordinal));

        // A name after the definite title, not followed by أي, stays part of the speaker.
        var g = Assert.Single(StatementExtractor.Extract("وقال الوزير السابق سامي عيد إن المقاولين لم يدفعوا شيئاً.", "ar"));
        Assert.EndsWith("سامي عيد", g.Speaker!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_issued_by_a_body_gives_the_body_as_the_speaker()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأكدت دراسة صادرة عن معهد الأبحاث الزراعية أن إنتاج القمح تراجع بنسبة الربع.", "ar"));
        Assert.Equal("معهد الأبحاث الزراعية", f.Speaker!.Name);
        Assert.Equal(Stance.Confirms, f.Stance);

        // Without "صادر عن", the words after the document are not taken for the body that issued it.
        Assert.DoesNotContain(StatementExtractor.Extract("وأكدت دراسة أعدها معهد الأبحاث الزراعية أن إنتاج القمح تراجع.", "ar"), x => x.Speaker?.Name == "معهد الأبحاث الزراعية");
    }

    [Fact]
    public void A_trailing_attribution_to_the_subjects_own_statement_gives_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("رصدت هيئة الأرصاد الجوية ثلاث هزات خفيفة شمال البلاد، وفق تقرير أصدرته صباح اليوم.", "ar"));
        Assert.Equal("هيئة الأرصاد الجوية", f.Speaker!.Name);

        // A document without a verb pointing back at the subject stays the attributed speaker.
        Assert.DoesNotContain(StatementExtractor.Extract("رصدت هيئة الأرصاد الجوية ثلاث هزات خفيفة شمال البلاد، بحسب تقرير المرصد الوطني.", "ar"), x => x.Speaker?.Name == "هيئة الأرصاد الجوية");
    }

    [Fact]
    public void A_contrast_after_a_comma_opens_a_new_speaker()
    {
        var found = StatementExtractor.Extract("وقال سكان إن المياه انقطعت منذ يومين، لكن شركة المياه نفت ذلك.", "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("سكان", found[0].Speaker!.Name);
        Assert.Equal("شركة المياه", found[1].Speaker!.Name);
        Assert.Equal(Stance.Denies, found[1].Stance);
    }

    [Fact]
    public void An_outlet_before_naqalat_an_after_a_contrast_relays_the_source()
    {
        var f = Assert.Single(StatementExtractor.Extract("لكن إذاعة الوادي نقلت عن مسؤول محلي أن الجسر سيغلق أسبوعاً.", "ar"));
        Assert.Equal("مسؤول محلي", f.Speaker!.Name);
        Assert.Equal("إذاعة الوادي", f.RelayedBy!.Name);
        Assert.Equal("الجسر سيغلق أسبوعاً", f.Content.Text);

        // Without the contrast, words before نقلت are not taken as the outlet.
        Assert.DoesNotContain(StatementExtractor.Extract("وفي المساء الماضي نقلت عن مسؤول محلي أن الجسر سيغلق.", "ar"), x => x.RelayedBy?.Name.Contains("المساء", StringComparison.Ordinal) == true);
    }
}
