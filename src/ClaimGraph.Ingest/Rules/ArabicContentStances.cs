using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Stance read from the reported words when the verb is neutral: a refusal with a condition (لن نشارك ما لم
/// يُفرج عن المعتقلين، الإضراب سيستمر حتى تُصرف الرواتب) demands the condition; and words that go on from a
/// denial in the same sentence and are themselves negative (نفت الأنباء، وقالت إن الحكومة «لم تناقش» ذلك) deny.
/// Each look is bounded to the words of one statement.
/// </summary>
internal sealed partial class ArabicRules
{
    private const int MaxConditionGap = 12;

    /// <summary>Whether the words c0..c1 make a refusal or a continuing action conditional on something being done.</summary>
    private bool IsConditional(int c0, int c1)
    {
        var refusal = -1;
        for (var k = c0; k < c1; k++)
        {
            if (!_t[k].IsWord)
                continue;
            var fold = ArabicLexicon.WithoutConjunction(_t[k].Fold);
            if (fold == "لن" || ArabicLexicon.ContinuingVerbs.Contains(fold))
            {
                refusal = k;
                continue;
            }

            if (refusal < 0 || k - refusal > MaxConditionGap || k + 1 >= c1)
                continue;
            var next = NextWord(k + 1, c1);
            if (next >= c1)
                return false;
            var after = _t[next].Fold;
            if (fold == "ما" && after == "لم" || fold == "الا" && after is "اذا" or "بعد" or "في")
                return true;
            // لن نقبل بأي اتفاق لا يضمن ...: refusing anything that lacks a condition demands the condition.
            if (fold == "لا" && after.Length > 2 && after[0] is 'ي' or 'ت' && AnyBetween(refusal, k))
                return true;
            if (fold == "حتي" && !_t[next].IsDefinite && !ArabicLexicon.TimeNouns.Contains(after) && after.Length > 2 && after[0] is 'ي' or 'ت' or 'ن')
                return true;
        }

        return false;
    }

    /// <summary>A neutral clause with no subject, right after a denial in the same sentence, whose words are negative.</summary>
    private bool GoesOnDenying(SpeakerPhrase? speaker, Stance stance, int c0, int c1)
    {
        if (speaker is not null || stance != Stance.Asserts || _found.Count == 0 || _found[^1].Stance != Stance.Denies
            || _found[^1].Evidence.Start < _t[_sentenceFirst].Start)
            return false;
        var words = 0;
        for (var k = c0; k < c1 && words < 3; k++)
        {
            if (!_t[k].IsWord)
                continue;
            words++;
            if (_t[k].Fold is "لم" or "لا" or "لن" or "ليس" or "ليست" or "لسنا" or "ما")
                return true;
        }

        return false;
    }

    /// <summary>"قال إن على الحكومة أن تتحرك" / "لا بد من": an obligation put on someone (c0 at the first word after على).</summary>
    private bool IsObligation(int c0, int c1)
    {
        if (_t[c0].Fold == "لا" && c0 + 1 < c1 && _t[c0 + 1].Fold == "بد")
            return true;
        var before = c0 - 1;
        while (before >= 0 && !_t[before].IsWord)
            before--;
        if (before < 1 || _t[before].Fold != "علي" || !ArabicLexicon.Complementizers.Contains(_t[before - 1].Fold))
            return false;
        for (var k = c0 + 1; k < c1 && k <= c0 + 4; k++)
        {
            if (_t[k].Fold == "ان")
                return true;
        }

        return false;
    }

    private bool AnyBetween(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (_t[k].Fold is "باي" or "اي" or "لاي")
                return true;
        }

        return false;
    }
}
