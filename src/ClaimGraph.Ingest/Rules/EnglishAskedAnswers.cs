using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: "Asked whether the club had overworked him, Davidson said: «Absolutely not. ...»" / "Asked if the plant
/// would close, the mayor said no.": an answer that opens with no (or yes) denies (or confirms) what the question
/// asked, as the answerer's statement; the rest of the answer stays his assertion.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> QuestionWords = ["whether", "if"];

    private void AskedAnswers()
    {
        foreach (var s in doc.Sentences)
        {
            var a = s.First;
            while (a < s.Last && !_t[a].IsWord)
                a++;
            if (a + 3 >= s.Last || _t[a].Fold != "asked" || !QuestionWords.Contains(_t[a + 1].Fold))
                continue;
            var comma = a + 2;
            while (comma < s.Last && comma - a < 30 && _t[comma].Raw != ",")
                comma++;
            if (comma >= s.Last || _t[comma].Raw != "," || comma == a + 2)
                continue;
            var after = _t[comma].End;
            var answer = _found.Where(f => f.Evidence.Start >= after && f.Evidence.Start - after < 200 && SameParagraph(after, f.Evidence.Start))
                .OrderBy(f => f.Evidence.Start).FirstOrDefault();
            if (answer is null)
                continue;
            var c0 = IndexAt(answer.Content.Start);
            var c1 = IndexAt(answer.Content.End - 1) + 1;
            var (stance, used) = AnswerWord(c0, c1);
            if (stance is null)
                continue;
            var question = Span(a + 2, comma);
            if (used >= c1 - c0 - 1 || c0 + used < c1 && !_t[c0 + used].IsWord && c0 + used + 1 >= c1)
            {
                // The answer is only "no": it is the denial.
                (answer.Stance, answer.Content) = (stance.Value, question);
                continue;
            }

            // Before the answer: later passes read the findings in text order.
            _found.Insert(_found.IndexOf(answer), new Finding { Speaker = answer.Speaker, Stance = stance.Value, Evidence = question, Content = question, RelayedBy = answer.RelayedBy });
        }
    }

    /// <summary>The stance an answer's first words give, and how many tokens they take: "no", "absolutely not", "of course", "yes".</summary>
    private (Stance? Stance, int Used) AnswerWord(int c0, int c1)
    {
        if (c0 >= c1)
            return (null, 0);
        var w0 = _t[c0].Fold;
        var w1 = c0 + 1 < c1 ? _t[c0 + 1].Fold : "";
        var w2 = c0 + 2 < c1 ? _t[c0 + 2].Fold : "";
        if (w0 is "no" or "never" or "nonsense" or "rubbish" && (c0 + 1 >= c1 || !_t[c0 + 1].IsWord))
            return (Stance.Denies, 1);
        if (w0 is "absolutely" or "certainly" or "definitely" or "of" && w1 == "not" || w0 == "of" && w1 == "course" && w2 == "not")
            return (Stance.Denies, w0 == "of" && w1 == "course" ? 3 : 2);
        if (w0 == "not" && w1 == "at" && w2 == "all")
            return (Stance.Denies, 3);
        if (w0 is "yes" or "absolutely" or "certainly" or "definitely" or "indeed" && (c0 + 1 >= c1 || !_t[c0 + 1].IsWord))
            return (Stance.Confirms, 1);
        if (w0 == "of" && w1 == "course" && (c0 + 2 >= c1 || !_t[c0 + 2].IsWord))
            return (Stance.Confirms, 2);
        return (null, 0);
    }
}
