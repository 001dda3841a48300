using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// The writer's own remarks on what a sentence reports, when the article names its writer: "، وهذا ما تشهده
/// المدينة منذ يومين" / "، وهو ما ..." (and this is what ...) unless a reporting verb makes it someone else's
/// (وهو ما أكده الوزير), and "، لكنه لم يفصح عن ..." (but he did not disclose ...), the writer noting what a
/// speaker left out. Only after a statement found earlier in the same sentence and outside quotations; the remark
/// runs to the next comma, semicolon or full stop.
/// </summary>
internal static class ArabicWriterAsides
{
    private const int MaxAsideTokens = 40;

    public static void Apply(ArticleText doc, List<Finding> found, SpeakerPhrase? writer)
    {
        if (writer is null || found.Count == 0)
            return;
        var t = doc.Tokens;
        var spans = new EvidenceSpans(found);
        foreach (var s in doc.Sentences)
        {
            var sentenceStart = t[s.First].Start;
            for (var k = s.First; k + 3 < s.Last; k++)
            {
                if (t[k].Raw is not ("،" or ",") || doc.InSpeech(k) || !IsAsideOpening(t, k + 1, s.Last))
                    continue;
                var at = t[k].Start;
                if (!spans.AnyStartIn(sentenceStart, at) || spans.AnyCovers(at))
                    continue;
                var end = k + 1;
                while (end < s.Last && end - k < MaxAsideTokens && t[end].Raw is not ("،" or "," or "؛" or ";" or "." or "\n"))
                    end++;
                var start = t[k + 1].Start;
                var stop = t[end - 1].End;
                var phrase = new Phrase(doc.Slice(start, stop), start, stop);
                found.Add(new Finding { Speaker = writer, Stance = Stance.Asserts, Evidence = phrase, Content = phrase, Narration = true });
                k = end - 1;
            }
        }
    }

    private static bool IsAsideOpening(List<Token> t, int k, int last)
    {
        var w = t[k].Fold;
        if (w is "وهذا" or "وهو" or "وهي")
            return k + 2 < last && t[k + 1].Fold == "ما" && t[k + 2].IsWord && ArabicLexicon.Lookup(t[k + 2].Fold) is null
                && !IsReportingWithObject(t[k + 2].Fold);
        if (w is "لكنه" or "لكنها" or "لكنهم" or "ولكنه" or "ولكنها" or "ولكنهم")
            return k + 2 < last && t[k + 1].Fold == "لم"
                && t[k + 2].Fold is "يفصح" or "تفصح" or "يكشف" or "تكشف" or "يذكر" or "تذكر" or "يحدد" or "تحدد" or "يوضح" or "توضح" or "يسم" or "تسم" or "يقدم" or "تقدم";
        return false;
    }

    // وهو ما أكده الوزير / وهذا ما نفته الشركة / نفاه: the verb carries an object pronoun, so the lexicon misses it.
    private static bool IsReportingWithObject(string fold)
    {
        if (fold.Length > 3 && fold.EndsWith("اه", StringComparison.Ordinal) && ArabicLexicon.Lookup(fold[..^2] + "ي") is not null)
            return true;
        foreach (var suffix in new[] { "ته", "ها", "ه" })
        {
            if (fold.Length > suffix.Length + 2 && fold.EndsWith(suffix, StringComparison.Ordinal)
                && ArabicLexicon.Lookup(fold[..^suffix.Length]) is not null)
                return true;
        }

        return false;
    }
}
