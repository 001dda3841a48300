using ClaimGraph.Ingest.Evaluation;
using ClaimGraph.Ingest.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace ClaimGraph.Ingest.Tests;

public sealed class EvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void The_gold_set_has_forty_paragraphs_half_arabic_half_english()
    {
        var paragraphs = GoldParagraph.Load(TestFiles.Paragraphs);
        Assert.True(paragraphs.Count >= 40);
        Assert.Equal(paragraphs.Count(p => p.Language == "ar"), paragraphs.Count(p => p.Language == "en"));
        Assert.All(paragraphs.SelectMany(p => p.Statements.Select(s => (p, s))), x => Assert.Contains(x.s.Quote, x.p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Speaker_with_stance_scores_at_least_085_F1_on_the_annotated_paragraphs()
    {
        var report = IngestEvaluation.Run(GoldParagraph.Load(TestFiles.Paragraphs));
        foreach (var line in report.Lines().Concat(report.Misses))
            output.WriteLine(line);
        Assert.True(report.SpeakerAndStance.F1 >= 0.85, string.Join('\n', report.Lines().Concat(report.Misses)));
    }

    [Fact]
    public void The_held_out_paragraphs_are_scored_too()
    {
        var report = IngestEvaluation.Run(GoldParagraph.Load(TestFiles.HeldOut));
        foreach (var line in report.Lines().Concat(report.Misses))
            output.WriteLine(line);
        Assert.True(report.SpeakerAndStance.Gold >= 25);
    }

    [Fact]
    public void The_second_held_out_set_is_half_arabic_half_english_and_scored_too()
    {
        var paragraphs = GoldParagraph.Load(TestFiles.HeldOut2);
        Assert.Equal(10, paragraphs.Count);
        Assert.Equal(5, paragraphs.Count(p => p.Language == "ar"));
        Assert.All(paragraphs.SelectMany(p => p.Statements.Select(s => (p, s))), x => Assert.Contains(x.s.Quote, x.p.Text, StringComparison.Ordinal));
        var report = IngestEvaluation.Run(paragraphs);
        foreach (var line in report.Lines().Concat(report.Misses))
            output.WriteLine(line);
        Assert.Equal(20, report.SpeakerAndStance.Gold);
    }
}
