using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Arabic speaker spans, on sentences written for these tests (not the held-out ones).</summary>
public sealed class ArabicSpeakerRuleTests
{
    [Fact]
    public void A_title_of_a_body_then_an_apposed_name_gives_the_name()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال المدير الإقليمي للمنظمة، سمير الحداد، إن الأجهزة الجديدة وصلت أمس.", "ar"));
        Assert.Equal("سمير الحداد", f.Speaker!.Name);
        Assert.Equal("الأجهزة الجديدة وصلت أمس", f.Content.Text);
    }

    [Fact]
    public void A_title_of_a_body_without_a_name_stays_the_speaker()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال المدير الإقليمي للمنظمة إن الأجهزة الجديدة وصلت أمس.", "ar"));
        Assert.Contains("المدير الإقليمي", f.Speaker!.Name, StringComparison.Ordinal);
        Assert.Equal("الأجهزة الجديدة وصلت أمس", f.Content.Text);
    }

    [Fact]
    public void A_verbal_noun_with_ba_after_the_subject_opens_the_object()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأقرت هيئة الموانئ البحرية بحدوث تأخير في تفريغ السفن.", "ar"));
        Assert.Equal("هيئة الموانئ البحرية", f.Speaker!.Name);
        Assert.Equal(Core.Model.Stance.Confirms, f.Stance);
        Assert.StartsWith("بحدوث تأخير", f.Content.Text, StringComparison.Ordinal);

        // A name that starts with ب is still a name.
        var g = Assert.Single(StatementExtractor.Extract("وقال الوزير بسام الحلبي إن الميناء سيفتح غداً.", "ar"));
        Assert.Contains("بسام الحلبي", g.Speaker!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threatening_participle_after_a_demand_is_the_same_speakers_second_statement()
    {
        var found = StatementExtractor.Extract("وطالبت رابطة المزارعين الحكومة بخفض أسعار الوقود، ملوّحة بوقف توريد القمح.", "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal(Core.Model.Stance.Demands, found[0].Stance);
        Assert.Equal(Core.Model.Stance.Asserts, found[1].Stance);
        Assert.All(found, f => Assert.Equal("رابطة المزارعين", f.Speaker!.Name));

        // Not after a comma, the word opens no statement.
        Assert.Empty(StatementExtractor.Extract("رفعت الحشود أعلاماً ملوّحة بها طوال المسيرة.", "ar"));
    }

    [Fact]
    public void A_denial_in_a_statement_without_anna_denies_the_object_after_the_occasion()
    {
        var f = Assert.Single(StatementExtractor.Extract("ونفت وزارة الداخلية في بيان رسمي اعتقال أي صحفي خلال الاحتجاجات.", "ar"));
        Assert.Equal(Core.Model.Stance.Denies, f.Stance);
        Assert.Equal("اعتقال أي صحفي خلال الاحتجاجات", f.Content.Text);

        // With أن the occasion is skipped whole.
        var g = Assert.Single(StatementExtractor.Extract("ونفت وزارة الداخلية في بيان صدر مساء الأحد أن تكون قد اعتقلت أي صحفي.", "ar"));
        Assert.StartsWith("تكون قد اعتقلت", g.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Those_called_on_with_a_possessive_ending_are_not_part_of_the_speaker()
    {
        var f = Assert.Single(StatementExtractor.Extract("ودعت النقابة أعضاءها إلى الامتناع عن العمل يوم الاثنين.", "ar"));
        Assert.Equal("النقابة", f.Speaker!.Name);
        Assert.Equal(Core.Model.Stance.Demands, f.Stance);

        // A definite second word stays in the speaker's name.
        var g = Assert.Single(StatementExtractor.Extract("ودعت النقابة العامة إلى الامتناع عن العمل يوم الاثنين.", "ar"));
        Assert.Equal("النقابة العامة", g.Speaker!.Name);
    }

    [Fact]
    public void A_quotation_before_a_verb_with_nothing_after_the_speaker_is_what_was_said()
    {
        const string text = "وأعلنت البلدية إغلاق السوق. «القرار جاء دون أي تشاور مع التجار»، قال رئيس غرفة التجارة، هشام الدباغ، في لقاء مع الصحفيين.";
        var found = StatementExtractor.Extract(text, "ar");
        var f = Assert.Single(found, x => x.Content.Text.StartsWith("القرار جاء", StringComparison.Ordinal));
        Assert.Equal("هشام الدباغ", f.Speaker!.Name);

        // A verb not right after the quotation takes nothing from it.
        var g = StatementExtractor.Extract("«القرار جاء دون أي تشاور مع التجار». وفي المساء قال رئيس الغرفة.", "ar");
        Assert.DoesNotContain(g, x => x.Speaker?.Name.Contains("رئيس الغرفة", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Renewing_a_demand_is_a_demand_but_renewing_trust_is_not()
    {
        var f = Assert.Single(StatementExtractor.Extract("وجددت لجنة أهالي المفقودين مطالبتها بفتح تحقيق دولي مستقل.", "ar"));
        Assert.Equal("لجنة أهالي المفقودين", f.Speaker!.Name);
        Assert.Equal(Core.Model.Stance.Demands, f.Stance);

        Assert.Empty(StatementExtractor.Extract("وجدد البرلمان ثقته بالحكومة بعد جلسة طويلة.", "ar"));
    }

    [Fact]
    public void Hastening_to_a_denial_is_a_denial_but_hastening_to_help_is_nothing()
    {
        var f = Assert.Single(StatementExtractor.Extract("وسارعت وزارة النقل، في بيان مقتضب، إلى نفي وقوع أي إصابات في الحادث.", "ar"));
        Assert.Equal("وزارة النقل", f.Speaker!.Name);
        Assert.Equal(Core.Model.Stance.Denies, f.Stance);

        Assert.Empty(StatementExtractor.Extract("وسارعت فرق الإسعاف إلى نقل المصابين إلى المستشفى.", "ar"));
    }

    [Fact]
    public void Went_on_before_a_colon_continues_the_speaker_but_following_the_work_is_nothing()
    {
        var found = StatementExtractor.Extract("وقال رئيس البلدية إن الطريق سيفتح غداً. وتابع: «لن نسمح بأي تأخير جديد هذا العام».", "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal(found[0].Speaker!.Name, found[1].Speaker!.Name);
        Assert.Equal("لن نسمح بأي تأخير جديد هذا العام", found[1].Content.Text);

        Assert.Empty(StatementExtractor.Extract("وتابع رئيس البلدية سير العمل في الطريق الجديد.", "ar"));
    }

    [Fact]
    public void There_is_no_whatsoever_denies_but_there_is_no_need_alone_does_not()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مدير المطار إنه لا يوجد أي خلل في أنظمة الملاحة.", "ar"));
        Assert.Equal(Core.Model.Stance.Denies, f.Stance);

        var g = Assert.Single(StatementExtractor.Extract("وقال مدير المطار إنه لا يوجد داع للقلق من الرحلات المتأخرة.", "ar"));
        Assert.Equal(Core.Model.Stance.Asserts, g.Stance);
    }

    [Fact]
    public void Putting_it_down_to_a_cause_asserts_the_cause()
    {
        var found = StatementExtractor.Extract("وأقرت شركة الكهرباء بحدوث انقطاعات واسعة، وعزت ذلك إلى عطل في محطة التحويل الرئيسية.", "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal(Core.Model.Stance.Asserts, found[1].Stance);
        Assert.Equal("عطل في محطة التحويل الرئيسية", found[1].Content.Text);
        Assert.Equal(found[0].Speaker!.Name, found[1].Speaker!.Name);
    }

    [Fact]
    public void A_demand_object_opened_by_bi_and_a_verbal_noun_ends_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("وطالبت نقابة سائقي الأجرة بإجراء تحقيق عاجل في الحادث.", "ar"));
        Assert.Equal("نقابة سائقي الأجرة", f.Speaker!.Name);
        Assert.Equal(ClaimGraph.Core.Model.Stance.Demands, f.Stance);

        // A name that starts with ب after a definite title stays part of the speaker (النائب is a title, so the name is given).
        var g = Assert.Single(StatementExtractor.Extract("وطالب النائب بسام الخوري بإجراء تحقيق.", "ar"));
        Assert.Equal("بسام الخوري", g.Speaker!.Name);
        Assert.Equal("النائب", g.Speaker.Role);
    }
}
