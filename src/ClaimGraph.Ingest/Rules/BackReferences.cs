using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Phrases that point back in the article: "المصادر ذاتها" / "the same sources" (or just "المصادر" / "the sources")
/// are the sources named last,
/// and "للقناة" / "the paper" is the outlet named last with that noun.
/// Findings are in text order; each pass looks back over the findings only.
/// </summary>
internal static class BackReferences
{
    private static readonly HashSet<string> SameWords = ["ذاتها", "ذاته", "نفسها", "نفسه", "ذاتهم", "انفسهم", "same"];

    private static readonly HashSet<string> SourceNouns =
        ["مصادر", "مصدر", "sources", "source", "officials", "official", "people", "مسوول", "مسوولون", "مسوولين", "diplomats", "diplomat"];

    /// <summary>Links "the same sources" to the unnamed source named before it, with its relay.</summary>
    public static void LinkSameSources(List<Finding> found)
    {
        for (var i = 1; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Speaker is not { } s || !MaySaySame(s.Phrase.Text) || !IsSameSources(s.Key) && !IsDefiniteSourceNoun(s))
                continue;
            var head = IsDefiniteSourceNoun(s) ? Bare(Tokenizer.Fold(s.Phrase.Text)) : Head(s.Key);
            for (var j = i - 1; j >= 0; j--)
            {
                var earlier = found[j].Speaker;
                if (earlier is null || earlier.Kind != ActorKind.AnonymousSource || IsSameSources(earlier.Key) || !earlier.Key.Split(' ').Select(Bare).Contains(head))
                    continue;
                f.Speaker = earlier;
                if (f.RelayedBy is null || IsGenericOutlet(f.RelayedBy))
                    f.RelayedBy = found[j].RelayedBy ?? f.RelayedBy;
                break;
            }
        }
    }

    /// <summary>A relay that is only an outlet noun (القناة، الصحيفة، the paper) is the outlet named last with that noun.</summary>
    public static void ResolveGenericOutlets(List<Finding> found)
    {
        for (var i = 1; i < found.Count; i++)
        {
            var relay = found[i].RelayedBy;
            if (relay is null || relay.Name.AsSpan().Count(' ') > 1 || !IsGenericOutlet(relay))
                continue;
            var noun = Head(relay.Key);
            for (var j = i - 1; j >= 0; j--)
            {
                var earlier = found[j].RelayedBy;
                if (earlier is not null && !IsGenericOutlet(earlier) && TextNormalizer.Key(earlier.Phrase.Text).Split(' ').Select(Bare).Contains(noun))
                {
                    found[i].RelayedBy = earlier;
                    break;
                }
            }
        }
    }

    // A cheap look at the written words before the costly folded key: "same", ذات-, نفس-, أنفس- (ordinal: culture-aware
    // or case-blind comparisons on Arabic text go through ICU, which cost more than the rules).
    private static bool MaySaySame(string text) =>
        text.Contains("same", StringComparison.Ordinal) || text.Contains("Same", StringComparison.Ordinal) || text.Contains("ذات", StringComparison.Ordinal)
        || text.Contains("نفس", StringComparison.Ordinal) || IsBareDefinite(text);

    // "المصادر" / "the sources" alone: one Arabic word with its article, or "the" and one word.
    private static bool IsBareDefinite(string text) =>
        text.StartsWith("ال", StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal)
        || (text.StartsWith("the ", StringComparison.Ordinal) || text.StartsWith("The ", StringComparison.Ordinal)) && text.IndexOf(' ', 4) < 0;

    // "المصادر" written with its article (the key drops it, so the written word is looked at).
    private static bool IsDefiniteSourceNoun(SpeakerPhrase s) =>
        s.Phrase.Text.StartsWith("ال", StringComparison.Ordinal) && !s.Phrase.Text.Contains(' ', StringComparison.Ordinal)
        && SourceNouns.Contains(Bare(Tokenizer.Fold(s.Phrase.Text)));

    private static bool IsSameSources(string key)
    {
        var words = key.Split(' ');
        return words.Length == 2 && SameWords.Contains(words[1]) && SourceNouns.Contains(Bare(words[0]))
            || words.Length == 3 && words[0] == "the" && words[1] == "same" && SourceNouns.Contains(words[2])
            || words.Length == 2 && words[0] == "the" && SourceNouns.Contains(words[1]);
    }

    // On the written words (folding a whole key is the costly part): one word, or "the" and one word.
    private static bool IsGenericOutlet(SpeakerPhrase relay)
    {
        var words = relay.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "the paper", "القناة", and "الوكالة ذاتها" (the same agency).
        var noun = words.Length == 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? words[1]
            : words.Length == 2 && SameWords.Contains(Tokenizer.Fold(words[1])) ? words[0]
            : words.Length == 1 ? words[0] : null;
        return noun is not null && GenericOutletNouns.Contains(Bare(Tokenizer.Fold(noun)));
    }

    // The same name, or a person's name and his surname (خالد المنصوري ... المنصوري), on the written words:
    // folding whole keys for every pair of neighbouring statements cost more than the rest of this pass.

    private static readonly HashSet<string> GenericOutletNouns =
        ["قناه", "صحيفه", "وكاله", "موقع", "اذاعه", "شبكه", "جريده", "مجله", "paper", "newspaper", "agency", "channel", "broadcaster", "station", "daily"];

    private static string Head(string key)
    {
        var words = key.Split(' ');
        return Bare(words[0] != "the" || words.Length < 2 ? words[0] : words.Length > 2 ? words[2] : words[1]);
    }

    // The article ال and an attached ل off a folded Arabic key word (القناه، للقناه → قناه).
    private static string Bare(string word) =>
        word.StartsWith("لل", StringComparison.Ordinal) && word.Length > 4 ? word[2..]
        : word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..]
        : word;
}
