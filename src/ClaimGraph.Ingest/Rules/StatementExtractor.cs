using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Finds reported statements in a text with the rules of its language, then settles what the rules
/// leave open: a clause without a subject continues the previous speaker (and his relay), a quotation
/// standing alone after a quoted speaker is more of his words, and a speaker who spoke to the
/// publisher once did so for all his words in the article.
/// </summary>
public static class StatementExtractor
{
    /// <param name="writerName">The article's writer, when known: the Arabic rules then file his own remarks as his statements.</param>
    public static List<Finding> Extract(string text, string language, string? publisherName = null, string? writerName = null)
    {
        var doc = new ArticleText(text);
        var publisherKey = publisherName is null ? null : TextNormalizer.Key(publisherName);
        var found = language == "ar" ? new ArabicRules(doc, publisherKey).Run() : new EnglishRules(doc).Run();
        if (language == "ar" && writerName is not null)
            ArabicWriterAsides.Apply(doc, found, new SpeakerPhrase(new Phrase(writerName, 0, 0), writerName, null, ActorKind.Person));
        AddStandaloneQuotes(doc, found);
        found = [.. found.OrderBy(f => f.Evidence.Start)];
        BackReferences.ResolveGenericOutlets(found);
        BackReferences.LinkSameSources(found);
        FillContinuations(found);
        SpreadRelays(found, publisherKey);
        return found;
    }

    private static void AddStandaloneQuotes(ArticleText doc, List<Finding> found)
    {
        foreach (var q in doc.Quotes.Where(ArticleText.IsSpeech))
        {
            var start = doc.Tokens[q.Open].End;
            var end = doc.Tokens[q.Close].Start;
            if (found.Any(f => f.Evidence.End > start && f.Evidence.Start < end || f.Content.End > start && f.Content.Start < end))
                continue;
            // Only a quotation that opens its own sentence, right after a statement in the same paragraph.
            var prior = q.Open - 1;
            if (prior >= 0 && doc.Tokens[prior].Raw is not ("." or "!" or "?" or "؟" or "\n"))
                continue;
            var before = found.Where(f => f.Evidence.End <= start).OrderBy(f => f.Evidence.End).LastOrDefault();
            if (before is null || doc.Text.AsSpan(before.Evidence.End, start - before.Evidence.End).Contains('\n'))
                continue;
            var gap = start - before.Evidence.End;
            if (gap > 120)
                continue;
            var phrase = new Phrase(doc.Slice(start, end), start, end);
            found.Add(new Finding { Speaker = null, Stance = Stance.Asserts, Evidence = phrase, Content = phrase });
        }
    }

    private static void FillContinuations(List<Finding> found)
    {
        Finding? previous = null;
        foreach (var f in found)
        {
            if (f.Speaker is null && previous?.Speaker is not null)
            {
                f.Speaker = previous.Speaker;
                f.RelayedBy ??= previous.RelayedBy;
            }

            if (f.Speaker is not null && f.RelayedThrough is null && !f.Narration)
                previous = f;
        }

        found.RemoveAll(f => f.Speaker is null);
    }

    private static void SpreadRelays(List<Finding> found, string? publisherKey)
    {
        if (publisherKey is null)
            return;
        var relayed = found.Where(f => f.RelayedBy is not null && f.Speaker is not null && f.RelayedBy.Key == publisherKey).ToList();
        foreach (var f in found.Where(f => f.RelayedBy is null && f.Speaker is not null && f.RelayedThrough is null))
        {
            var g = relayed.FirstOrDefault(g => SameSpeaker(g.Speaker!, f.Speaker!));
            if (g is not null)
                f.RelayedBy = g.RelayedBy;
        }
    }

    /// <summary>Same speaker within one article: equal keys, or one name's words end the other's (الحسكاوي in صهيب الحسكاوي).</summary>
    public static bool SameSpeaker(SpeakerPhrase a, SpeakerPhrase b)
    {
        var ka = NameWords(a.Key);
        var kb = NameWords(b.Key);
        if (ka.SequenceEqual(kb))
            return true;
        var (shortK, longK) = ka.Length <= kb.Length ? (ka, kb) : (kb, ka);
        // التحالف and التحالف الدولي: a body named by its head noun.
        if (a.Kind == b.Kind && a.Kind is not (ActorKind.Person or ActorKind.AnonymousSource) && longK.Take(shortK.Length).SequenceEqual(shortK))
            return true;
        return shortK.Length >= 1 && longK.TakeLast(shortK.Length).SequenceEqual(shortK)
            && (a.Kind == ActorKind.Person || b.Kind == ActorKind.Person);
    }

    // "the Harbour Times" and "Harbour Times" are one outlet.
    private static string[] NameWords(string key)
    {
        var words = key.Split(' ');
        return words.Length > 1 && words[0] is "the" or "a" or "an" ? words[1..] : words;
    }
}
