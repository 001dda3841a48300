using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>
/// The writer's own remarks inside a reporting sentence ("، لكنه لم يحدد ..." / "، وهذا ما ..."), filed as the writer's
/// statements when the article names its writer; on sentences written for these tests.
/// </summary>
public sealed class WriterAsideRuleTests
{
    private const string Writer = "سلمى داود";

    [Fact]
    public void What_a_speaker_left_out_and_a_comment_on_what_was_reported_are_the_writers()
    {
        const string text = "وأعلنت الوزارة أن الامتحانات ستبدأ في حزيران، لكنها لم تحدد موعد صدور النتائج. "
            + "وقالت مصادر محلية إن الكهرباء عادت إلى الأحياء الغربية، وهذا ما يلمسه السكان منذ الأمس.";
        var found = StatementExtractor.Extract(text, "ar", writerName: Writer);

        Assert.Equal(["الوزارة", Writer, "مصادر محلية", Writer], found.Select(f => f.Speaker!.Name));
        Assert.Equal("لكنها لم تحدد موعد صدور النتائج", found[1].Evidence.Text);
        Assert.Equal("وهذا ما يلمسه السكان منذ الأمس", found[3].Evidence.Text);
        Assert.All(found, f => Assert.Equal(Stance.Asserts, f.Stance));
    }

    [Fact]
    public void A_clause_without_a_subject_after_the_remark_continues_the_speaker_not_the_writer()
    {
        const string text = "وقال المدير إن المصنع سيغلق أبوابه، لكنه لم يحدد موعد الإغلاق. وأضاف أن العمال سيحصلون على تعويضات.";
        var found = StatementExtractor.Extract(text, "ar", writerName: Writer);

        Assert.Equal(["المدير", Writer, "المدير"], found.Select(f => f.Speaker!.Name));
    }

    [Fact]
    public void No_remark_without_a_named_writer_a_statement_before_it_or_when_a_reporting_verb_makes_it_someone_elses()
    {
        const string text = "وأعلنت الوزارة أن الامتحانات ستبدأ في حزيران، لكنها لم تحدد موعد صدور النتائج.";
        Assert.Single(StatementExtractor.Extract(text, "ar"));

        Assert.Empty(StatementExtractor.Extract("ارتفعت الأسعار هذا الشهر، وهذا ما يلمسه السكان في الأسواق.", "ar", writerName: Writer));

        var confirmed = StatementExtractor.Extract("وقال المدير إن المصنع سيغلق أبوابه، وهذا ما أكده الوزير لاحقاً.", "ar", writerName: Writer);
        Assert.DoesNotContain(confirmed, f => f.Speaker!.Name == Writer);
    }
}
