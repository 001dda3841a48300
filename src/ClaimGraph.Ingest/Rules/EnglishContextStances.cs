using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Stance from the statements around: negated words that follow a denial by the same side are more of the denial
/// ("dismissed the report, saying no such talks had taken place"; the ministry denied, then "our soldiers have not
/// retreated," its spokesman said, in his own quoted words); and negated words that take up
/// another speaker's words in the paragraph rebut them ("the suspects belonged to a militant group" / "her clients had
/// no links to any armed group"). A pledge ("we will not stop") takes up no one's words and stays asserted.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> Negations = ["not", "no", "never", "nothing", "none", "neither", "nor", "nobody", "cannot"];

    private static readonly HashSet<string> CommonWords =
    [
        "would", "could", "should", "there", "their", "which", "about", "after", "before", "because", "while", "where", "being",
        "other", "these", "those", "still", "since", "until", "every", "under", "between", "against", "during", "without", "further",
        "people", "government", "officials", "said", "years", "year", "month", "months", "weeks", "week", "today", "country",
    ];

    private void ContextStances()
    {
        for (var i = 1; i < _found.Count; i++)
        {
            var f = _found[i];
            if (f.Stance != Stance.Asserts || f.Speaker is null && i == 0)
                continue;
            var (c0, c1) = (IndexAt(f.Content.Start), IndexAt(f.Content.End - 1) + 1);
            var negation = FirstNegation(c0, c1);
            if (negation < 0)
                continue;
            if (FollowsDenial(i) || Rebuts(i, negation, c1))
                f.Stance = Stance.Denies;
        }
    }

    private int FirstNegation(int c0, int c1)
    {
        for (var k = c0; k < c1 && k < _t.Count; k++)
        {
            var fold = _t[k].Fold;
            // Every negation starts with n or c or ends in t: a look at two letters spares most words the hash.
            if (fold.Length < 2 || fold[0] is not ('n' or 'c') && fold[^1] != 't')
                continue;
            if (Negations.Contains(fold) || fold.EndsWith("n't", StringComparison.Ordinal) || fold.EndsWith("n’t", StringComparison.Ordinal))
            {
                // "will not" / "would not": a pledge or refusal about what comes, not a denial of what was said.
                var before = k > c0 ? _t[k - 1].Fold : "";
                if (before is "will" or "would" or "shall" or "wo" || fold is "won't" or "won’t" or "wouldn't" or "wouldn’t")
                    return -1;
                // Round 9: "no agreement will be signed", "nobody will lose their job": a pledge with a negated subject.
                if (fold is "no" or "nobody" or "nothing" or "none" && PledgeAfter(k + 1, c1))
                    return -1;
                return k;
            }
        }

        return -1;
    }

    private bool PledgeAfter(int k, int c1)
    {
        for (var m = k; m < c1 && m < _t.Count && m - k < 4; m++)
        {
            if (_t[m].Fold is "will" or "would" or "shall" or "can" or "could")
                return true;
            if (!_t[m].IsWord)
                return false;
        }

        return false;
    }

    // The denial just before, or two back when this speaker's phrase names the denier ("the ministry's spokesman").
    private bool FollowsDenial(int i)
    {
        var f = _found[i];
        for (var j = i - 1; j >= 0 && j >= i - 2; j--)
        {
            var d = _found[j];
            if (!SameParagraph(d.Evidence.Start, f.Evidence.Start))
                return false;
            if (d.Stance != Stance.Denies || d.Speaker is null)
                continue;
            // Round 8: the speaker's own next words carry the denial only when the denial did not say what it denies
            // ("dismissed the report, saying no such talks took place"); after "denied receiving any warning" or
            // "dismissed suggestions that ...", further negated words are assertions of their own.
            if (j == i - 1 && (f.Speaker is null || SameWrittenName(d.Speaker, f.Speaker)) && DeniesOnlyANoun(d))
                return true;
            // A spokesman's quoted words carry his side's denial; the denier's own quoted words say something new.
            if (f.Speaker is not null && IsQuoted(f) && !SameWrittenName(d.Speaker, f.Speaker) && SameSide(d.Speaker, f.Speaker, f))
                return true;
        }

        return false;
    }

    // "the report", "these claims": the denial names what it denies by a short noun phrase, not by a clause of its own.
    private bool DeniesOnlyANoun(Finding d)
    {
        var k = IndexAt(d.Content.Start);
        if (k >= _t.Count || _t[k].Fold is not ("the" or "these" or "those" or "this" or "that" or "such" or "his" or "her" or "its" or "their" or "our"))
            return false;
        var words = 0;
        for (; k < _t.Count && _t[k].Start < d.Content.End; k++)
            if (_t[k].IsWord && ++words > 4)
                return false;
        return true;
    }

    // Its words in quotation marks, not reported: a spokesman's own words carry on his side's denial.
    private bool IsQuoted(Finding f)
    {
        var k = IndexAt(f.Content.Start) - 1;
        return k >= 0 && doc.QuoteOpeningAt(k) is { } q && ArticleText.IsSpeech(q);
    }

    // The same speaker, one named through the other ("its spokesman", "the ministry's spokesman, X"), or the next sentence's words.
    private bool SameSide(SpeakerPhrase denier, SpeakerPhrase speaker, Finding f)
    {
        if (SameWrittenName(denier, speaker))
            return true;
        var name = denier.Name;
        var head = name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        var phrase = speaker.Phrase.Text;
        if (phrase.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("their ", StringComparison.OrdinalIgnoreCase))
            return true;
        var at = IndexAt(speaker.Phrase.Start);
        for (var k = at; k < _t.Count && _t[k].Start < speaker.Phrase.End; k++)
            if (_t[k].Fold == head + "'s" || _t[k].Fold == head + "’s")
                return true;
        return f.Speaker is null;
    }

    // The negated words take up a word of another speaker's earlier statement in this paragraph.
    private bool Rebuts(int i, int negation, int c1)
    {
        var f = _found[i];
        if (f.Speaker is null)
            return false;
        // Round 8: only a negated thing ("no links", "never any contact") takes up a claim; a negated verb ("did not match",
        // "is not ready") says something of its own, and a shared word there is chance.
        if (_t[negation].Fold is "not" or "cannot" || _t[negation].Fold.EndsWith('t'))
            return false;
        var scope = new HashSet<string>(StringComparer.Ordinal);
        for (var k = negation + 1; k < c1 && k <= negation + 8; k++)
            // Nouns and names carry the claim taken up; verb forms ("-ed", "-ing") are shared by chance.
            if (_t[k].IsWord && _t[k].Fold.Length >= 5 && !CommonWords.Contains(_t[k].Fold)
                && !_t[k].Fold.EndsWith("ed", StringComparison.Ordinal) && !_t[k].Fold.EndsWith("ing", StringComparison.Ordinal))
                scope.Add(_t[k].Fold);
        if (scope.Count == 0)
            return false;
        for (var j = i - 1; j >= 0; j--)
        {
            var e = _found[j];
            if (!SameParagraph(e.Evidence.Start, f.Evidence.Start))
                break;
            if (e.Speaker is null || e.Stance != Stance.Asserts || SameWrittenName(e.Speaker, f.Speaker))
                continue;
            for (var k = IndexAt(e.Content.Start); k < _t.Count && _t[k].Start < e.Content.End; k++)
                if (scope.Contains(_t[k].Fold))
                    return true;
        }

        return false;
    }

    // The same name as written, or a surname for the full name (folding keys here cost more than the pass itself).
    private static bool SameWrittenName(SpeakerPhrase a, SpeakerPhrase b)
    {
        var (x, y) = a.Name.Length <= b.Name.Length ? (a.Name, b.Name) : (b.Name, a.Name);
        return y.EndsWith(x, StringComparison.OrdinalIgnoreCase) && (x.Length == y.Length || y[y.Length - x.Length - 1] == ' ');
    }

    /// <summary>"said it «strongly rejects» the accusations" / "said they denied ...": the speaker's own denial, reported.</summary>
    private bool OwnDenial(int c0, int c1)
    {
        var k = c0;
        while (k < c1 && !_t[k].IsWord)
            k++;
        if (k >= c1 || _t[k].Fold is not ("it" or "they" or "we" or "he" or "she" or "i"))
            return false;
        for (var m = k + 1; m < c1 && m <= k + 4; m++)
        {
            if (!_t[m].IsWord)
                continue;
            if (EnglishLexicon.Lookup(_t[m].Fold) is { Stance: Stance.Denies, Shape: VerbShape.Verb })
                return true;
            if (!_t[m].Fold.EndsWith("ly", StringComparison.Ordinal) && _t[m].Fold is not ("had" or "has" or "have" or "also" or "again"))
                return false;
        }

        return false;
    }
}
