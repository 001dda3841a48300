using ClaimGraph.Ingest.Text;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>The Arabic fast path of Tokenizer.Fold folds exactly as char.ToLowerInvariant did.</summary>
public sealed class Round7TokenizerFoldTests
{
    [Fact]
    public void Every_char_of_the_arabic_block_folds_as_lower_casing_did_except_the_folded_letters()
    {
        var special = new HashSet<char> { '\u0623', '\u0625', '\u0622', '\u0671', '\u0629', '\u0649', '\u0624', '\u0626', '\u0640' };
        for (var c = '\u0600'; c <= '\u06FF'; c++)
        {
            if (special.Contains(c) || c is >= '\u064B' and <= '\u065F' or '\u0670' || c is >= '\u0660' and <= '\u0669')
                continue;
            Assert.Equal(char.ToLowerInvariant(c).ToString(), Tokenizer.Fold(c.ToString()));
        }

        Assert.Equal("said", Tokenizer.Fold("SAID"));
        Assert.Equal("اكد", Tokenizer.Fold("أكد"));
    }
}
