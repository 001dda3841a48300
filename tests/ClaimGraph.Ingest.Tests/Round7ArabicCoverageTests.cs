using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7 Arabic coverage of news frames (interviews, emphatic denials, warnings, informed sources); sentences written for these tests.</summary>
public sealed class Round7ArabicCoverageTests
{
    [Theory]
    [InlineData("وقال رئيس الوزراء في مقابلة مع صحيفة «المستقبل» إن الانتخابات ستجري في موعدها.", "المستقبل")]
    [InlineData("وقالت الوزيرة في حديث إلى قناة الغد إن الميزانية ستعرض الشهر المقبل.", "قناة الغد")]
    public void An_interview_with_an_outlet_relays(string text, string outlet)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(outlet, f.RelayedBy!.Name);
    }

    [Fact]
    public void An_interview_with_a_person_is_no_relay()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال الوزير في لقاء مع السفير إن العلاقات ممتازة.", "ar"));
        Assert.Null(f.RelayedBy);
    }

    [Theory]
    [InlineData("ونفت الوزارة نفياً قاطعاً وجود أي سجون سرية.", "الوزارة", "وجود أي سجون سرية")]
    [InlineData("ورفض الحزب جملة وتفصيلاً الاتهامات الموجهة إلى قادته.", "الحزب", "الاتهامات الموجهة إلى قادته")]
    public void An_emphatic_denial_keeps_subject_and_object_apart(string text, string speaker, string content)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
        Assert.Equal(content, f.Content.Text);
        Assert.Equal(Stance.Denies, f.Stance);
    }

    [Fact]
    public void A_warning_of_something_is_asserted()
    {
        var f = Assert.Single(StatementExtractor.Extract("وحذّر اتحاد المخابز من نفاد الطحين خلال أيام.", "ar"));
        Assert.Equal("اتحاد المخابز", f.Speaker!.Name);
        Assert.Equal("نفاد الطحين خلال أيام", f.Content.Text);

        // من inside a name is no warning's object for another verb.
        var g = Assert.Single(StatementExtractor.Extract("وقال مسؤول من وزارة الزراعة إن المحصول تضرر.", "ar"));
        Assert.Equal("مسؤول من وزارة الزراعة", g.Speaker!.Name);
    }

    [Fact]
    public void A_source_informed_on_something_keeps_its_description()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مصدر مطلع على الملف إن التحقيق أغلق.", "ar"));
        Assert.Equal("مصدر مطلع على الملف", f.Speaker!.Name);
        Assert.Equal(ActorKind.AnonymousSource, f.Speaker.Kind);
    }

    [Fact]
    public void A_demand_for_a_bare_noun_with_ba_ends_an_untitled_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("ويطالب المحتجون برحيل المحافظ.", "ar"));
        Assert.Equal("المحتجون", f.Speaker!.Name);
        Assert.Equal(Stance.Demands, f.Stance);
    }

    [Fact]
    public void An_announcement_after_an_occasion_takes_its_object()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأعلنت الشرطة في بيان اعتقال خمسة مشتبه بهم.", "ar"));
        Assert.Equal("الشرطة", f.Speaker!.Name);
        Assert.Contains("خمسة مشتبه بهم", f.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وكتبت النائبة على حسابها في فيسبوك أن الجلسة أُلغيت.", "النائبة")]
    [InlineData("وقال المحافظ عبر منصة إكس إن الطرق ستفتح صباحاً.", "المحافظ")]
    [InlineData("وغرّد السفير قائلاً إن التأشيرات ستُستأنف.", "السفير")]
    [InlineData("وبيّنت الدراسة أن ثلث العمال بلا عقود.", "الدراسة")]
    [InlineData("وأظهرت أرقام رسمية أن الصادرات تراجعت.", "أرقام رسمية")]
    public void Social_media_and_study_verbs_report_and_the_channel_is_not_content(string text, string speaker)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
        Assert.DoesNotContain("حساب", f.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("قائلا", f.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pledge_with_ba_ends_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("وتعهد وزير المالية بخفض الضرائب على الشركات الصغيرة.", "ar"));
        Assert.Equal("وزير المالية", f.Speaker!.Name);
        Assert.StartsWith("بخفض", f.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Journalists_spoken_to_are_no_content_and_no_relay()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال قائد الشرطة، العميد نزار الحلو، للصحفيين إن الطريق آمن.", "ar"));
        Assert.Equal("الطريق آمن", f.Content.Text);
        Assert.Null(f.RelayedBy);
    }

    [Fact]
    public void An_anonymity_note_in_the_plural_marks_the_source_unnamed()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مسؤولون أوروبيون، تحدثوا شرط عدم الكشف عن هوياتهم، إن العقوبات ستُمدد.", "ar"));
        Assert.Equal(ActorKind.AnonymousSource, f.Speaker!.Kind);
        Assert.Equal("العقوبات ستُمدد", f.Content.Text);
    }

    [Fact]
    public void An_occasion_with_a_possessive_ending_is_no_part_of_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأكد صندوق التنمية في تقريره السنوي أن القروض تضاعفت.", "ar"));
        Assert.Equal("صندوق التنمية", f.Speaker!.Name);
    }

    [Fact]
    public void A_title_starting_with_waw_is_still_a_title()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقالت وزيرة الثقافة الفرنسية ماري لوران إن المعرض سيفتتح غداً.", "ar"));
        Assert.Equal("ماري لوران", f.Speaker!.Name);
        Assert.Equal(ActorKind.Person, f.Speaker.Kind);
    }
}
