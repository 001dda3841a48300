using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// "Finance Minister X welcomed the figures, saying ..." / "A federal judge blocked the law, ruling that ...": a participle
/// after a clause whose verb does not report is spoken by that clause's subject, not by the previous sentence's speaker.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> IrregularPasts =
    [
        "hit", "held", "met", "won", "lost", "led", "took", "gave", "made", "sent", "struck", "began", "broke", "brought", "spent",
        "fell", "rose", "went", "came", "left", "kept", "set", "put", "cut", "sought", "fought", "beat", "drew", "threw", "ran",
        "stood", "spoke", "wrote", "heard", "paid", "sold", "bought", "built", "shut", "quit", "took", "became", "swept", "stepped",
    ];

    private static readonly HashSet<string> TimeWords = ["on", "late", "early", "earlier", "yesterday", "today", "tonight", "last", "this", "overnight"];

    /// <summary>The subject of the sentence's own verb before the participle at <paramref name="i"/>, when no statement of this sentence came before it.</summary>
    private SpeakerPhrase? SentenceSubject(int first, int i, bool agentsOnly = true)
    {
        if (_found.Count > 0 && _found[^1].Evidence.End > _t[first].Start)
            return null;
        var s0 = AfterOpeningPhrase(first, i);
        var verb = -1;
        for (var k = s0 + 1; k < i && k - s0 <= 10; k++)
        {
            var t = _t[k];
            if (!t.IsWord || doc.InSpeech(k) || t.Raw is "," or ";")
                break;
            // Round 10: "The club would neither confirm nor deny ..., saying": an auxiliary with a negation ends the subject too.
            if (!t.IsCapitalised && (t.Fold.Length > 4 && t.Fold.EndsWith("ed", StringComparison.Ordinal) || IrregularPasts.Contains(t.Fold)
                || t.Fold is "would" or "will" or "could" or "did" or "does" or "can" && k + 1 < i && _t[k + 1].Fold is "not" or "neither" or "never"))
            {
                verb = k;
                break;
            }
        }

        if (verb < 0)
            return null;
        var end = verb;
        for (var k = s0 + 1; k < verb; k++)
        {
            if (TimeWords.Contains(_t[k].Fold) && !_t[k].IsCapitalised)
            {
                end = k;
                break;
            }
        }

        var words = Enumerable.Range(s0, end - s0).Where(x => _t[x].IsWord).ToList();
        if (words.Count == 0 || words.All(x => EnglishLexicon.IsPronoun(_t[x].Fold) || _t[x].Fold is "have" or "has" or "had")
            || words.Any(x => EnglishLexicon.DataNouns.Contains(_t[x].Fold) && _t[x].Fold != "the"))
            return null;
        var speaker = EnglishSpeakers.Build(doc, s0, end);
        return speaker is not null && (!agentsOnly || speaker.Kind != ActorKind.Other || IsAgent(s0, end)) ? speaker : null;
    }

    // "Protesters", "the federal judge", "Green Horizon": someone who can speak, not "Prices" or "Shares in the firm".
    private bool IsAgent(int s0, int end)
    {
        var head = end - 1;
        for (var k = s0; k < end; k++)
        {
            if (_t[k].Fold is "in" or "of" or "at" or "for" or "from")
            {
                head = k - 1;
                break;
            }
        }

        var fold = _t[head].Fold;
        return Enumerable.Range(s0 + 1, Math.Max(0, end - s0 - 1)).Any(x => _t[x].IsCapitalised) || EnglishLexicon.Titles.Contains(fold)
            || EnglishLexicon.AnonymousHeads.Contains(fold) || AgentEndings.Any(e => fold.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly string[] AgentEndings = ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents", "ant", "ants", "ee", "ees"];

    /// <summary>"They were told to leave" / "He is said to have fled": a passive report has no speaker before it.</summary>
    private bool IsPassive(int v, int first) =>
        v > first && _t[v - 1].Fold is "was" or "were" or "is" or "are" or "been" or "being" or "be"
        && _t[v].Fold.EndsWith('d') && !(v + 1 < _t.Count && _t[v + 1].Fold is "that" or "by")
        || ModifiesAMessage(v, first);

    /// <summary>Round 8: "a video posted on the website", "a statement released by the club": a participle that describes a message, not a report.</summary>
    private bool ModifiesAMessage(int v, int first) =>
        v > first && _t[v - 1].Fold is "video" or "statement" or "message" or "letter" or "post" or "clip" or "recording" or "note" or "interview" or "op-ed"
        && _t[v].Fold.EndsWith("ed", StringComparison.Ordinal) && v + 1 < _t.Count && _t[v + 1].Fold is "on" or "by" or "in" or "to" or "online" or "late" or "earlier";

    /// <summary>"Unions are demanding ...", "the ministry was insisting ...": a participle after a form of "be" is the clause's verb.</summary>
    private bool Progressive(int i, int first) =>
        i > first && _t[i - 1].Fold is "is" or "are" or "was" or "were" or "been" && i + 1 < _t.Count && _t[i + 1].IsWord;

    /// <summary>
    /// "The report was denied by the ministry": the agent after "by" speaks and the subject is what was said; the index after
    /// the agent, or -1 when the verb is not such a passive.
    /// </summary>
    private int PassiveWithAgent(int s0, int v, int last, Reporting r)
    {
        if (r.Stance is null || v - 1 <= s0 || _t[v - 1].Fold is not ("was" or "were" or "is" or "are" or "been") || v + 2 >= last || _t[v + 1].Fold != "by")
            return -1;
        var end = v + 2;
        while (end < last && end - v < 10 && _t[end].IsWord && !Adverbials.Contains(_t[end].Fold))
            end++;
        var agent = EnglishSpeakers.Build(doc, v + 2, end);
        var c1 = v - 1;
        while (c1 > s0 && _t[c1 - 1].Fold is "has" or "have" or "had" or "been" or "also")
            c1--;
        if (agent is null || c1 <= s0)
            return -1;
        _found.Add(NewFinding(agent, r.Stance.Value, s0, end, s0, c1));
        return end;
    }
}
