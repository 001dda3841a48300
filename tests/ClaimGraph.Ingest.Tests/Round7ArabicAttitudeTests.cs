using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>
/// Round 7: verbs of attitude (رحّب، دافع) and of doubt or blame (شكّك، حمّل، اتهم), and occasions or days set off by commas;
/// sentences written for these tests.
/// </summary>
public sealed class Round7ArabicAttitudeTests
{
    [Fact]
    public void Welcoming_is_no_statement_but_its_subject_goes_on_into_the_participle()
    {
        const string text = "وقال وزير الزراعة إن الموسم جيد. ورحّب اتحاد الفلاحين بالقرار، مؤكداً أنه سيخفض الكلفة.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("اتحاد الفلاحين", found[1].Speaker!.Name);
        Assert.Equal(Stance.Confirms, found[1].Stance);
    }

    [Fact]
    public void The_subject_of_a_welcome_goes_on_into_the_next_sentence_without_a_subject()
    {
        const string text = "وقال وزير الزراعة إن الموسم جيد. ودافعت النقابة عن الخطة. وأوضحت أنها ستحمي صغار المزارعين.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("النقابة", found[1].Speaker!.Name);
    }

    [Fact]
    public void Casting_doubt_denies_and_its_participle_follows_the_doubters()
    {
        const string text = "وقال المدير إن الأرباح تضاعفت. لكن محللين شككوا في الأرقام، معتبرين أنها مضخمة.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(3, found.Count);
        Assert.Equal(Stance.Denies, found[1].Stance);
        Assert.Equal("محللين", found[2].Speaker!.Name);
    }

    [Fact]
    public void Holding_someone_responsible_is_a_statement_and_carrying_is_not()
    {
        var f = Assert.Single(StatementExtractor.Extract("وحمّل الوزير الشركة المشغلة مسؤولية الحادث.", "ar"));
        Assert.Equal("الوزير", f.Speaker!.Name);
        Assert.Empty(StatementExtractor.Extract("وحملت السفينة ألف طن من القمح.", "ar"));
    }

    [Fact]
    public void An_accusation_of_spreading_false_news_is_asserted_not_denied()
    {
        var f = Assert.Single(StatementExtractor.Extract("واتهمت السلطات الناشط بنشر أخبار كاذبة.", "ar"));
        Assert.Equal(Stance.Asserts, f.Stance);
    }

    [Fact]
    public void A_day_between_commas_and_an_open_occasion_are_no_content()
    {
        var f = Assert.Single(StatementExtractor.Extract("وأعلنت هيئة الأرصاد، الأحد، أن العاصفة ستضرب الساحل.", "ar"));
        Assert.Equal("العاصفة ستضرب الساحل", f.Content.Text);

        var g = Assert.Single(StatementExtractor.Extract("وقال محافظ المدينة، وليد الشمري، في مؤتمر صحفي إن الطرق ستفتح تدريجياً.", "ar"));
        Assert.Equal("الطرق ستفتح تدريجياً", g.Content.Text);
        Assert.Equal("وليد الشمري", g.Speaker!.Name);
    }

    [Fact]
    public void Describing_a_report_in_discrediting_words_denies_it()
    {
        var f = Assert.Single(StatementExtractor.Extract("ووصفت الوزارة الدراسة بأنها «منحازة وتفتقر إلى المنهجية».", "ar"));
        Assert.Equal(Stance.Denies, f.Stance);

        var g = Assert.Single(StatementExtractor.Extract("ووصفت الوزارة الدراسة بأنها «مهمة ومفيدة».", "ar"));
        Assert.Equal(Stance.Asserts, g.Stance);
    }

    [Fact]
    public void A_describing_participle_after_a_denial_restates_it()
    {
        const string text = "ونفت الشركة الأنباء عن إفلاسها، واصفة إياها بأنها «شائعات مغرضة لا أساس لها».";
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(Stance.Denies, f.Stance);
    }

    [Fact]
    public void An_object_set_off_by_commas_after_an_occasion_is_no_apposition()
    {
        var f = Assert.Single(StatementExtractor.Extract("ونفى الحزب، في بيان، أي علاقة له بالهجوم.", "ar"));
        Assert.Equal("الحزب", f.Speaker!.Name);
        Assert.Equal("أي علاقة له بالهجوم", f.Content.Text);
    }
}
