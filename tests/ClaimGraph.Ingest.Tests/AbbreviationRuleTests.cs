using ClaimGraph.Ingest.Rules;
using ClaimGraph.Ingest.Text;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Full stops of titles and initialisms, on sentences written for these tests (not the held-out ones).</summary>
public sealed class AbbreviationRuleTests
{
    [Fact]
    public void A_title_with_a_full_stop_does_not_end_the_sentence_or_cut_the_speaker()
    {
        var f = Assert.Single(StatementExtractor.Extract("\"The bridge is safe to use,\" said Prof. Hanna Lindqvist, who inspected it on Monday.", "en"));
        Assert.Equal("Hanna Lindqvist", f.Speaker!.Name);

        var g = Assert.Single(StatementExtractor.Extract("Gen. Marek Tolle said the convoy had reached the border.", "en"));
        Assert.Equal("Marek Tolle", g.Speaker!.Name);
        Assert.Equal("the convoy had reached the border", g.Content.Text);
    }

    [Fact]
    public void Initialisms_and_middle_initials_stay_in_their_sentence()
    {
        Assert.Single(new ArticleText("U.S. officials said the talks in Oslo had stalled.").Sentences);
        Assert.Single(new ArticleText("Mayor Linda K. Osei said the park would reopen.").Sentences);
    }

    [Fact]
    public void A_stop_after_an_ordinary_word_or_before_a_new_sentence_still_ends_it()
    {
        Assert.Equal(2, new ArticleText("The talks moved to the U.S. The delegates left on Friday.").Sentences.Count);
        Assert.Equal(2, new ArticleText("The patients lacked vitamin D. Doctors said the diet was poor.").Sentences.Count);
        Assert.Equal(2, new ArticleText("The visit was led by Dr. the next morning it ended.").Sentences.Count);
    }
}
